import { Alert, Box, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { TrackerDataProvider } from '../core/data-provider';
import { formatInstant } from '../time/japan-time';
import { describeAction } from './audit-action';
import { ChangesTable } from './changes-table';

/** Who changed what and when on this record (its audit trail), oldest first. */
export const HistoryPanel = ({ resource }: { resource: string }) => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<TrackerDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useQuery({
    queryKey: [resource, 'history', record?.id, record?.version],
    queryFn: () => dataProvider.history(resource, { id: String(record?.id) }),
    enabled: record?.id != null,
  });
  if (isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  if (error) return <Alert severity="error">{translate('ra.notification.http_error')}</Alert>;
  if (!data.data.length) return <Typography>{translate('tracker.history.empty')}</Typography>;
  return (
    <Stack spacing={2} component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {data.data.map((event) => (
        <Paper key={event.id} variant="outlined" component="li" sx={{ p: 2 }}>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'baseline', mb: 1 }}>
            <Typography variant="subtitle2" component="h3">
              {describeAction(event.action, translate)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {formatInstant(event.occurredAt, locale)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('tracker.history.by')}: {event.actorLabel}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              #{event.id}
            </Typography>
          </Box>
          <ChangesTable
            before={event.before}
            after={event.after}
            entityType={event.entityType}
            redacted={event.redactedFields}
          />
        </Paper>
      ))}
    </Stack>
  );
};
