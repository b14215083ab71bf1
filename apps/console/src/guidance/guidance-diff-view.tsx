import {
  Box,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Fragment } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDateOnly } from '../time/japan-time';
import { foldUnchanged, sideBySide, type DiffRow, type LineChunk } from './guidance-diff-rows';

interface VersionBrief {
  id: string;
  referenceNumber: string;
  versionNumber: number;
  status: string;
}

/** What `GET /guidance/:id/diff?with=` answers. */
export interface GuidanceDiff {
  from: VersionBrief;
  to: VersionBrief;
  fields: { field: string; from: unknown; to: unknown }[];
  bodies: {
    field: string;
    changed: boolean;
    added: number;
    removed: number;
    chunks: LineChunk[];
  }[];
}

const ADDED = '#e6ffec';
const REMOVED = '#ffebe9';
const ADDED_STRONG = '#abf2bc';
const REMOVED_STRONG = '#ffc1bc';

/** Enumeration fields, shown in the user's language. */
const ENUMS: Record<string, string> = {
  kind: 'tracker.guidance_kind',
  status: 'tracker.status.guidance',
  issuingAuthority: 'tracker.ministry',
  addresseeSector: 'tracker.sector',
};

const DATES = new Set(['issueDate', 'followUpDate']);

function useValue() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (field: string, value: unknown): string => {
    if (value == null || value === '') return '—';
    if (DATES.has(field)) return formatDateOnly(String(value), locale);
    if (typeof value === 'boolean') {
      return translate(value ? 'tracker.act.public_yes' : 'tracker.act.public_no');
    }
    if (Array.isArray(value)) return value.length ? value.join('\n') : '—';
    if (ENUMS[field]) return translate(`${ENUMS[field]}.${String(value)}`, { _: String(value) });
    return String(value);
  };
}

const cell = { fontFamily: 'monospace', whiteSpace: 'pre-wrap', wordBreak: 'break-word' } as const;
const number = { ...cell, width: 48, color: 'text.secondary', textAlign: 'right' } as const;

/** One side of a row: the line, its colour and a sign that does not rely on colour. */
const Side = ({ row, side }: { row: DiffRow; side: 'left' | 'right' }) => {
  const translate = useTranslate();
  const line = row[side];
  const marked = line && row.kind !== 'equal';
  const colour = side === 'left' ? REMOVED : ADDED;
  const sign = side === 'left' ? '−' : '+';
  const label = side === 'left' ? 'tracker.act.diff_removed' : 'tracker.act.diff_added';
  return (
    <>
      <TableCell sx={{ ...number, bgcolor: marked ? colour : undefined }}>{line?.number}</TableCell>
      <TableCell
        sx={{
          ...cell,
          bgcolor: marked ? colour : line ? undefined : 'grey.100',
        }}
        data-side={side}
      >
        {marked && (
          <Box
            component="span"
            aria-label={translate(label)}
            sx={{
              mr: 1,
              fontWeight: 700,
              bgcolor: side === 'left' ? REMOVED_STRONG : ADDED_STRONG,
            }}
          >
            {sign}
          </Box>
        )}
        {line?.text}
      </TableCell>
    </>
  );
};

const BodyDiff = ({ body, diff }: { body: GuidanceDiff['bodies'][number]; diff: GuidanceDiff }) => {
  const translate = useTranslate();
  const rows = foldUnchanged(sideBySide(body.chunks));
  const headingId = `diff-${body.field}`;
  return (
    <Box component="section" aria-labelledby={headingId} data-body={body.field}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', mb: 1 }}>
        <Typography variant="h6" component="h3" id={headingId}>
          {translate(`resources.guidance.fields.${body.field}`)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {body.changed
            ? translate('tracker.act.diff_body_summary', {
                added: body.added,
                removed: body.removed,
              })
            : translate('tracker.act.diff_body_unchanged')}
        </Typography>
      </Stack>
      {body.changed && (
        <Table size="small" sx={{ tableLayout: 'fixed' }}>
          <colgroup>
            <col style={{ width: 48 }} />
            <col />
            <col style={{ width: 48 }} />
            <col />
          </colgroup>
          <TableHead>
            <TableRow>
              <TableCell colSpan={2}>
                {translate('tracker.act.diff_from')}: {versionText(diff.from, translate)}
              </TableCell>
              <TableCell colSpan={2}>
                {translate('tracker.act.diff_to')}: {versionText(diff.to, translate)}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, i) =>
              'folded' in row ? (
                <TableRow key={`fold-${i}`}>
                  <TableCell colSpan={4} sx={{ color: 'text.secondary', bgcolor: 'grey.50' }}>
                    ⋯ {translate('tracker.act.diff_folded', { count: row.folded })}
                  </TableCell>
                </TableRow>
              ) : (
                <TableRow key={i} data-diff={row.kind}>
                  <Side row={row} side="left" />
                  <Side row={row} side="right" />
                </TableRow>
              ),
            )}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};

const versionText = (v: VersionBrief, translate: ReturnType<typeof useTranslate>) =>
  `${translate('tracker.act.version_label', { reference: v.referenceNumber, number: v.versionNumber })}（${translate(`tracker.status.guidance.${v.status}`)}）`;

/**
 * Two versions side by side: the fields that differ, then each body line by line, removed lines
 * on the left in red and added lines on the right in green (with − and + for those who do not
 * see the colours), unchanged stretches folded.
 */
export const GuidanceDiffView = ({ diff }: { diff: GuidanceDiff }) => {
  const translate = useTranslate();
  const value = useValue();
  return (
    <Stack spacing={3} data-testid="guidance-diff">
      <Box component="section" aria-labelledby="diff-fields">
        <Typography variant="h6" component="h3" id="diff-fields" sx={{ mb: 1 }}>
          {translate('tracker.act.diff_fields')}
        </Typography>
        {diff.fields.length ? (
          <Table size="small" sx={{ tableLayout: 'fixed' }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 200 }}>{translate('tracker.history.field')}</TableCell>
                <TableCell>{versionText(diff.from, translate)}</TableCell>
                <TableCell>{versionText(diff.to, translate)}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {diff.fields.map((f) => (
                <TableRow key={f.field} data-field={f.field}>
                  <TableCell component="th" scope="row">
                    {translate(`resources.guidance.fields.${f.field}`, { _: f.field })}
                  </TableCell>
                  <TableCell sx={{ ...cell, bgcolor: REMOVED }}>{value(f.field, f.from)}</TableCell>
                  <TableCell sx={{ ...cell, bgcolor: ADDED }}>{value(f.field, f.to)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Typography>{translate('tracker.act.diff_no_field_changes')}</Typography>
        )}
      </Box>
      {diff.bodies.map((body) => (
        <Fragment key={body.field}>
          <BodyDiff body={body} diff={diff} />
        </Fragment>
      ))}
      <Stack direction="row" spacing={1}>
        <Chip
          size="small"
          sx={{ bgcolor: REMOVED }}
          label={`− ${translate('tracker.act.diff_removed')}`}
        />
        <Chip
          size="small"
          sx={{ bgcolor: ADDED }}
          label={`+ ${translate('tracker.act.diff_added')}`}
        />
      </Stack>
    </Stack>
  );
};
