import CommentIcon from '@mui/icons-material/Comment';
import ChangeIcon from '@mui/icons-material/History';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  useCanAccess,
  useDataProvider,
  useLocaleState,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { TimelineEntry, TrackerDataProvider } from '../core/data-provider';
import { formatInstant } from '../time/japan-time';
import { describeAction } from './audit-action';
import { ChangesTable } from './changes-table';

const CommentBox = ({
  resource,
  id,
  onAdded,
}: {
  resource: string;
  id: string;
  onAdded: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<TrackerDataProvider>();
  const [body, setBody] = useState('');
  const [sending, setSending] = useState(false);
  const send = async () => {
    setSending(true);
    try {
      await dataProvider.comment(resource, { id, body });
      setBody('');
      notify('tracker.check.comment_added', { type: 'success' });
      onAdded();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', {
        type: 'error',
      });
    } finally {
      setSending(false);
    }
  };
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mb: 2 }}>
      <TextField
        label={translate('tracker.check.comment')}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        multiline
        minRows={2}
        fullWidth
        slotProps={{ htmlInput: { maxLength: 5000 } }}
      />
      <Button variant="contained" onClick={send} disabled={!body.trim() || sending} sx={{ mt: 1 }}>
        {translate('tracker.check.add_comment')}
      </Button>
    </Box>
  );
};

/**
 * The case as it happened: comments and recorded changes (of the record and its case file) in
 * time order, redacted for the reader like every other read. Commenters can add to it.
 */
export const TimelinePanel = ({ resource }: { resource: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<TrackerDataProvider>();
  const queryClient = useQueryClient();
  const { canAccess: mayComment } = useCanAccess({ resource, action: 'comment' });
  const key = [resource, 'timeline', record?.id, record?.version];
  const { data, isPending, error } = useQuery({
    queryKey: key,
    queryFn: () => dataProvider.timeline(resource, { id: String(record?.id) }),
    enabled: record?.id != null,
  });
  if (!record) return null;
  const entries: TimelineEntry[] = data?.data ?? [];
  return (
    <Box>
      {mayComment && (
        <CommentBox
          resource={resource}
          id={String(record.id)}
          onAdded={() => void queryClient.invalidateQueries({ queryKey: key })}
        />
      )}
      {isPending && <CircularProgress size={24} aria-label={translate('ra.page.loading')} />}
      {error && <Alert severity="error">{translate('ra.notification.http_error')}</Alert>}
      {data && !entries.length && (
        <Typography>{translate('tracker.check.timeline_empty')}</Typography>
      )}
      <Stack spacing={2} component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {entries.map((entry) => (
          <Paper
            key={entry.kind === 'comment' ? `c-${entry.id}` : `e-${entry.sequence}`}
            variant="outlined"
            component="li"
            sx={{ p: 2 }}
            data-kind={entry.kind}
          >
            <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center', mb: 1 }}>
              {entry.kind === 'comment' ? (
                <CommentIcon fontSize="small" aria-hidden />
              ) : (
                <ChangeIcon fontSize="small" aria-hidden />
              )}
              <Typography variant="subtitle2" component="h3">
                {entry.kind === 'comment'
                  ? translate('tracker.check.commented')
                  : describeAction(entry.action, translate)}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {formatInstant(entry.at, locale)}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {translate('tracker.history.by')}: {entry.actorLabel}
              </Typography>
            </Box>
            {entry.kind === 'comment' ? (
              <Typography sx={{ whiteSpace: 'pre-wrap' }}>{entry.body}</Typography>
            ) : (
              <ChangesTable
                before={entry.before}
                after={entry.after}
                entityType={entry.entityType}
                redacted={entry.redactedFields}
              />
            )}
          </Paper>
        ))}
      </Stack>
    </Box>
  );
};
