import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { TraceGraph, TraceType } from '@tracker/contracts';
import type { KeyboardEvent, MouseEvent } from 'react';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { TrackerDataProvider } from '../core/data-provider';
import { STAGE_COLOURS } from '../dashboard/stage-card';
import { RESOURCE_OF } from './changes-table';
import { DEFAULT_GEOMETRY, layoutTrace, type PlacedNode, type TraceStage } from './trace-layout';

/** Each column takes the colour of its PDCA stage. */
const COLUMN_COLOUR: Record<TraceStage, string> = {
  incident: STAGE_COLOURS.check,
  investigation: STAGE_COLOURS.check,
  finding: STAGE_COLOURS.check,
  guidance: STAGE_COLOURS.act,
  amendment: STAGE_COLOURS.act,
  plan: STAGE_COLOURS.plan,
  measure: STAGE_COLOURS.do,
};

/** Records without a life cycle of their own show their parent's status (an objective, its plan's). */
const STATUS_OF: Partial<Record<TraceType, string>> = {
  plan_objective: 'plan_version',
  plan_kpi: 'plan_version',
  measure_kpi: 'measure',
};

const { nodeWidth: W, nodeHeight: H } = DEFAULT_GEOMETRY;
/** Characters of a label that fit one line of a box (CJK and Latin alike, roughly). */
const FITS = 15;
const clip = (text: string) => (text.length > FITS ? `${text.slice(0, FITS - 1)}…` : text);

/** The page of a record in the console (read, not edit). */
export const showPathOf = (node: { type: TraceType; id: string }) =>
  `/${RESOURCE_OF[node.type]}/${encodeURIComponent(node.id)}/show`;

const Node = ({ node, root }: { node: PlacedNode; root: boolean }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const colour = COLUMN_COLOUR[node.stage];
  const kind = translate(`tracker.trace_type.${node.type}`);
  const status = node.status
    ? translate(`tracker.status.${STATUS_OF[node.type] ?? node.type}.${node.status}`, {
        _: node.status,
      })
    : '';
  const label = node.redacted ? translate('tracker.trace.redacted') : (node.label ?? '');
  const name = `${kind}: ${label}${status ? `（${status}）` : ''}`;
  const box = (
    <>
      <title>{name}</title>
      <rect
        x={node.x}
        y={node.y}
        width={W}
        height={H}
        rx={6}
        fill={node.redacted ? '#f3f3f3' : root ? colour : '#fff'}
        stroke={node.redacted ? '#9e9e9e' : colour}
        strokeWidth={root ? 3 : 1.5}
        strokeDasharray={node.redacted ? '4 3' : undefined}
      />
      <text x={node.x + 8} y={node.y + 18} fontSize={11} fill={root ? '#fff' : '#555'} aria-hidden>
        {clip(`${kind}${status ? `・${status}` : ''}`)}
        {root ? ` ★` : ''}
      </text>
      <text
        x={node.x + 8}
        y={node.y + 38}
        fontSize={13}
        fontWeight={root ? 700 : 400}
        fill={root ? '#fff' : '#1a1a1a'}
        aria-hidden
      >
        {clip(label)}
      </text>
    </>
  );
  if (node.redacted || root) {
    return (
      <g
        role="img"
        aria-label={root ? `${translate('tracker.trace.here')}: ${name}` : name}
        data-node={node.type}
      >
        {box}
      </g>
    );
  }
  const href = showPathOf(node);
  const open = (event: MouseEvent | KeyboardEvent) => {
    event.preventDefault();
    navigate(href);
  };
  return (
    <a
      href={href}
      onClick={open}
      onKeyDown={(e) => e.key === 'Enter' && open(e)}
      aria-label={name}
      data-node={node.type}
      style={{ cursor: 'pointer' }}
    >
      {box}
    </a>
  );
};

interface TraceTabProps {
  /** The record's type in the trace (`guidance`, `plan_version`, `incident` ...). */
  entityType: TraceType;
  /** Defaults to the record in context. */
  id?: string;
  label?: string;
}

/**
 * Where a record comes from and what it led to: the trace endpoint's graph drawn in stage
 * columns (incident → investigation → finding → guidance → amendment → plan → measures), each
 * box opening its record. Records the reader may not read stay as grey placeholders so the
 * chain is whole. Use it as a show page's tab: `<TraceTab entityType="incident" />`.
 */
export const TraceTab = ({ entityType, id }: TraceTabProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<TrackerDataProvider>();
  const recordId = id ?? (record?.id != null ? String(record.id) : undefined);
  const { data, isPending, error } = useQuery({
    queryKey: ['trace', entityType, recordId, record?.version],
    queryFn: () =>
      dataProvider.get<TraceGraph>(`/trace/${entityType}/${encodeURIComponent(recordId!)}`),
    enabled: !!recordId,
  });
  if (!recordId) return null;
  if (isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  if (error) return <Alert severity="error">{translate('ra.notification.http_error')}</Alert>;
  const graph = data.data;
  if (graph.nodes.length <= 1) return <Typography>{translate('tracker.trace.empty')}</Typography>;
  const layout = layoutTrace(graph);
  return (
    <Box>
      <Typography variant="subtitle1" component="h3">
        {translate('tracker.trace.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('tracker.trace.legend')}
      </Typography>
      {graph.truncated && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {translate('tracker.trace.truncated')}
        </Alert>
      )}
      {/* The page's content column is a flex item: bound the drawing so that it scrolls. */}
      <Box
        sx={{
          overflowX: 'auto',
          pb: 1,
          maxWidth: { xs: 'calc(100vw - 48px)', md: 'calc(100vw - 300px)' },
        }}
      >
        <svg
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label={translate('tracker.trace.title')}
          data-testid="trace-graph"
        >
          <defs>
            <marker
              id="trace-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#777" />
            </marker>
          </defs>
          {layout.columns.map((c) => (
            <text
              key={c.stage}
              x={c.x + W / 2}
              y={20}
              textAnchor="middle"
              fontSize={13}
              fontWeight={700}
              fill={COLUMN_COLOUR[c.stage]}
            >
              {translate(`tracker.trace.stage.${c.stage}`)}
            </text>
          ))}
          {layout.edges.map((e) => (
            <path
              key={`${e.from}-${e.to}`}
              d={e.path}
              fill="none"
              stroke="#999"
              strokeWidth={1.3}
              markerEnd="url(#trace-arrow)"
            />
          ))}
          {layout.nodes.map((n) => (
            <Node key={n.id} node={n} root={n.id === graph.root} />
          ))}
        </svg>
      </Box>
    </Box>
  );
};
