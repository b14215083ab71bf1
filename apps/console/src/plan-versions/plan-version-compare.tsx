import {
  Alert,
  Box,
  Chip,
  CircularProgress,
  FormControl,
  InputLabel,
  MenuItem,
  Select,
  Stack,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  useDataProvider,
  useGetList,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { TrackerDataProvider } from '../core/data-provider';
import { ChangesTable } from '../shared/changes-table';
import { localized } from '../shared/localized-text-field';

interface Change {
  lineageId: string;
  code: string;
  changes: Record<string, { from: unknown; to: unknown }>;
}
interface ItemComparison {
  added: Record<string, unknown>[];
  removed: Record<string, unknown>[];
  changed: Change[];
  unchanged: number;
}
interface Comparison {
  from: { id: string; number: number };
  to: { id: string; number: number };
  objectives: ItemComparison;
  kpis: ItemComparison;
}

const Section = ({ kind, items }: { kind: 'objectives' | 'kpis'; items: ItemComparison }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const text = kind === 'objectives' ? 'title' : 'indicator';
  const headingId = `compare-${kind}`;
  const nothing = !items.added.length && !items.removed.length && !items.changed.length;
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography variant="h6" component="h3" id={headingId}>
        {translate(`tracker.compare.${kind}`)}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('tracker.compare.unchanged', { count: items.unchanged })}
      </Typography>
      {nothing && <Typography>{translate('tracker.compare.no_changes')}</Typography>}
      <Stack spacing={1}>
        {(['added', 'removed'] as const).flatMap((change) =>
          items[change].map((item) => (
            <Box key={`${change}-${item.lineageId as string}`} data-change={change}>
              <Chip
                size="small"
                color={change === 'added' ? 'success' : 'error'}
                label={translate(`tracker.compare.${change}`)}
                sx={{ mr: 1 }}
              />
              {item.code as string} {localized(item, text, locale)}
            </Box>
          )),
        )}
        {items.changed.map((item) => (
          <Box key={`c-${item.lineageId}`} data-change="changed">
            <Chip
              size="small"
              color="warning"
              label={translate('tracker.compare.changed')}
              sx={{ mr: 1 }}
            />
            {item.code}
            <ChangesTable
              before={Object.fromEntries(Object.entries(item.changes).map(([f, c]) => [f, c.from]))}
              after={Object.fromEntries(Object.entries(item.changes).map(([f, c]) => [f, c.to]))}
              entityType={kind === 'objectives' ? 'plan_objective' : 'plan_kpi'}
            />
          </Box>
        ))}
      </Stack>
    </Box>
  );
};

/** What changed between this version and another: objectives and KPIs added, removed, changed. */
export const PlanVersionCompare = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<TrackerDataProvider>();
  const { data: versions } = useGetList('plan-versions', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'number', order: 'DESC' },
  });
  const others = (versions ?? []).filter((v) => v.id !== record?.id);
  const [picked, setPicked] = useState<string>('');
  const otherId = picked || (record?.basedOnId as string | undefined) || others[0]?.id || '';
  const { data, isPending, error } = useQuery({
    queryKey: ['plan-versions', 'compare', otherId, record?.id, record?.version],
    // Older on the "from" side reads naturally: what the later version changed.
    queryFn: () => {
      const other = others.find((v) => v.id === otherId);
      const olderIsOther = !other || other.number < (record?.number as number);
      return dataProvider.compare<Comparison>('plan-versions', {
        id: olderIsOther ? otherId : String(record?.id),
        with: olderIsOther ? String(record?.id) : otherId,
      });
    },
    enabled: !!record && !!otherId,
  });
  if (!record) return null;
  if (!others.length) return <Typography>{translate('tracker.compare.pick')}</Typography>;
  return (
    <Stack spacing={3}>
      <FormControl sx={{ maxWidth: 480 }}>
        <InputLabel id="compare-with-label">{translate('tracker.compare.with')}</InputLabel>
        <Select
          labelId="compare-with-label"
          label={translate('tracker.compare.with')}
          value={otherId}
          onChange={(event) => setPicked(String(event.target.value))}
        >
          {others.map((v) => (
            <MenuItem key={v.id} value={v.id}>
              {translate('tracker.plan.version_label', { number: v.number })}{' '}
              {localized(v, 'title', locale)}（
              {translate(`tracker.status.plan_version.${v.status}`)}）
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      {isPending && <CircularProgress size={24} aria-label={translate('ra.page.loading')} />}
      {error && <Alert severity="error">{translate('ra.notification.http_error')}</Alert>}
      {data && (
        <>
          <Typography variant="body2">
            {translate('tracker.compare.from', { number: data.data.from.number })} →{' '}
            {translate('tracker.compare.to', { number: data.data.to.number })}
          </Typography>
          <Section kind="objectives" items={data.data.objectives} />
          <Section kind="kpis" items={data.data.kpis} />
        </>
      )}
    </Stack>
  );
};
