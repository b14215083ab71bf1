import {
  Alert,
  Box,
  CircularProgress,
  FormControl,
  InputLabel,
  MenuItem,
  Select,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  RecordContextProvider,
  useDataProvider,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { Link } from 'react-router-dom';
import type { TrackerDataProvider } from '../core/data-provider';
import { localized } from '../shared/localized-text-field';
import { formatDateOnly } from '../time/japan-time';
import { GuidanceStatusChips } from './guidance-chips';
import { defaultPair } from './guidance-diff-rows';
import { GuidanceDiffView, type GuidanceDiff } from './guidance-diff-view';

const VersionPicker = ({
  id,
  label,
  value,
  versions,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  versions: RaRecord[];
  onChange: (id: string) => void;
}) => {
  const translate = useTranslate();
  return (
    <FormControl sx={{ minWidth: 280 }}>
      <InputLabel id={id}>{label}</InputLabel>
      <Select
        labelId={id}
        label={label}
        value={value}
        onChange={(e) => onChange(String(e.target.value))}
      >
        {versions.map((v) => (
          <MenuItem key={v.id} value={v.id}>
            {translate('tracker.act.version_label', {
              reference: v.referenceNumber,
              number: v.versionNumber,
            })}
            （{translate(`tracker.status.guidance.${v.status}`)}）
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
};

/** Every version of this guidance, and the differences between any two of them. */
export const GuidanceVersions = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<TrackerDataProvider>();
  const id = String(record?.id);
  const versions = useQuery({
    queryKey: ['guidance', 'versions', id, record?.version],
    queryFn: () => dataProvider.get<RaRecord[]>(`/guidance/${encodeURIComponent(id)}/versions`),
    enabled: record?.id != null,
  });
  const list = versions.data?.data ?? [];
  const [picked, setPicked] = useState<[string, string] | null>(null);
  const pair = picked ?? defaultPair(list as { id: string; versionNumber: number }[], id);
  const diff = useQuery({
    queryKey: ['guidance', 'diff', pair?.[0], pair?.[1]],
    queryFn: () =>
      dataProvider.get<GuidanceDiff>(
        `/guidance/${encodeURIComponent(pair![0])}/diff?with=${encodeURIComponent(pair![1])}`,
      ),
    enabled: !!pair && pair[0] !== pair[1],
  });
  if (!record) return null;
  if (versions.isPending)
    return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  if (versions.error)
    return <Alert severity="error">{translate('ra.notification.http_error')}</Alert>;

  return (
    <Stack spacing={3}>
      <Table size="small" aria-label={translate('tracker.act.tabs.versions')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.guidance.fields.versionNumber')}</TableCell>
            <TableCell>{translate('resources.guidance.fields.title')}</TableCell>
            <TableCell>{translate('resources.guidance.fields.status')}</TableCell>
            <TableCell>{translate('resources.guidance.fields.issueDate')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {list.map((v) => (
            <TableRow key={v.id} selected={v.id === record.id}>
              <TableCell>
                {v.id === record.id ? (
                  <strong>
                    {v.versionNumber}（{translate('tracker.act.current_version')}）
                  </strong>
                ) : (
                  <Link to={`/guidance/${v.id}/show`}>{v.versionNumber}</Link>
                )}
              </TableCell>
              <TableCell>{localized(v, 'title', locale)}</TableCell>
              <TableCell>
                <RecordContextProvider value={v}>
                  <GuidanceStatusChips />
                </RecordContextProvider>
              </TableCell>
              <TableCell>{formatDateOnly(v.issueDate as string | null, locale)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {pair && (
        <Box>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {translate('tracker.act.versions_help')}
          </Typography>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
            <VersionPicker
              id="diff-from"
              label={translate('tracker.act.diff_from')}
              value={pair[0]}
              versions={list}
              onChange={(from) => setPicked([from, pair[1]])}
            />
            <VersionPicker
              id="diff-to"
              label={translate('tracker.act.diff_to')}
              value={pair[1]}
              versions={list}
              onChange={(to) => setPicked([pair[0], to])}
            />
          </Stack>
          {pair[0] === pair[1] && (
            <Alert severity="info">{translate('tracker.act.diff_same')}</Alert>
          )}
          {diff.isFetching && (
            <CircularProgress size={24} aria-label={translate('ra.page.loading')} />
          )}
          {diff.error && <Alert severity="error">{translate('ra.notification.http_error')}</Alert>}
          {diff.data && pair[0] !== pair[1] && <GuidanceDiffView diff={diff.data.data} />}
        </Box>
      )}
    </Stack>
  );
};
