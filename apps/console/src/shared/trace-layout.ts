import { TRACE_TYPES, type TraceGraph, type TraceNode, type TraceType } from '@tracker/contracts';

/** The columns of a trace, in the order of the cycle: causes on the left, changes on the right. */
export const TRACE_STAGES = [
  'incident',
  'investigation',
  'finding',
  'guidance',
  'amendment',
  'plan',
  'measure',
] as const;
export type TraceStage = (typeof TRACE_STAGES)[number];

export const STAGE_OF: Record<TraceType, TraceStage> = {
  incident: 'incident',
  investigation: 'investigation',
  finding: 'finding',
  guidance: 'guidance',
  amendment: 'amendment',
  plan_version: 'plan',
  plan_objective: 'plan',
  plan_kpi: 'plan',
  measure: 'measure',
  measure_kpi: 'measure',
};

export interface TraceGeometry {
  nodeWidth: number;
  nodeHeight: number;
  columnGap: number;
  rowGap: number;
  /** Room above the nodes for the column headings. */
  top: number;
}

export const DEFAULT_GEOMETRY: TraceGeometry = {
  nodeWidth: 184,
  nodeHeight: 52,
  columnGap: 64,
  rowGap: 12,
  top: 36,
};

export interface PlacedNode extends TraceNode {
  stage: TraceStage;
  column: number;
  row: number;
  x: number;
  y: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  relation: string;
  /** An SVG path from one box to the other. */
  path: string;
}

export interface TraceLayout {
  columns: { stage: TraceStage; x: number }[];
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

const typeRank = (type: TraceType) => TRACE_TYPES.indexOf(type);

/**
 * Places a trace graph in stage columns (only the stages it reaches). Within a column, record
 * types keep the cycle's order (a plan version above its objectives above their KPIs) and each
 * node goes near the nodes it is linked to in the columns already placed (the barycentre
 * heuristic), which keeps crossing lines few; ties go by label so the drawing is stable.
 * Links go from a box's right side to the next box's left side; a link within one column (a
 * revision, an objective's KPI) is an arc on the column's right.
 */
export function layoutTrace(
  graph: TraceGraph,
  geometry: TraceGeometry = DEFAULT_GEOMETRY,
): TraceLayout {
  const { nodeWidth: w, nodeHeight: h, columnGap, rowGap, top } = geometry;
  const stages = TRACE_STAGES.filter((s) => graph.nodes.some((n) => STAGE_OF[n.type] === s));
  const neighbours = new Map<string, string[]>();
  for (const e of graph.edges) {
    neighbours.set(e.from, [...(neighbours.get(e.from) ?? []), e.to]);
    neighbours.set(e.to, [...(neighbours.get(e.to) ?? []), e.from]);
  }
  const placed = new Map<string, PlacedNode>();
  stages.forEach((stage, column) => {
    const members = graph.nodes.filter((n) => STAGE_OF[n.type] === stage);
    const centre = (n: TraceNode) => {
      const rows = (neighbours.get(n.id) ?? [])
        .map((id) => placed.get(id))
        .filter((p): p is PlacedNode => !!p && p.column < column)
        .map((p) => p.row);
      return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : Infinity;
    };
    const ordered = [...members].sort(
      (a, b) =>
        typeRank(a.type) - typeRank(b.type) ||
        centre(a) - centre(b) ||
        (a.label ?? '\uffff').localeCompare(b.label ?? '\uffff') ||
        a.id.localeCompare(b.id),
    );
    ordered.forEach((node, row) =>
      placed.set(node.id, {
        ...node,
        stage,
        column,
        row,
        x: column * (w + columnGap),
        y: top + row * (h + rowGap),
      }),
    );
  });

  const edges: PlacedEdge[] = [];
  for (const e of graph.edges) {
    const a = placed.get(e.from);
    const b = placed.get(e.to);
    if (!a || !b) continue;
    edges.push({ ...e, path: edgePath(a, b, w, h) });
  }
  const nodes = [...placed.values()];
  const rows = Math.max(0, ...nodes.map((n) => n.row + 1));
  return {
    columns: stages.map((stage, column) => ({ stage, x: column * (w + columnGap) })),
    nodes,
    edges,
    // The last column's arcs need room on its right.
    width: stages.length ? stages.length * (w + columnGap) - columnGap + 32 : 0,
    height: top + rows * (h + rowGap),
  };
}

function edgePath(a: PlacedNode, b: PlacedNode, w: number, h: number): string {
  const ay = a.y + h / 2;
  const by = b.y + h / 2;
  if (a.column === b.column) {
    const x = a.x + w;
    return `M ${x} ${ay} C ${x + 28} ${ay}, ${x + 28} ${by}, ${x} ${by}`;
  }
  // Left to right along the cycle; a link that points back (a measure's KPI moving a plan KPI)
  // leaves from the left side and enters on the right.
  const forward = a.column < b.column;
  const x1 = forward ? a.x + w : a.x;
  const x2 = forward ? b.x : b.x + w;
  const bend = (x2 - x1) / 2;
  return `M ${x1} ${ay} C ${x1 + bend} ${ay}, ${x2 - bend} ${by}, ${x2} ${by}`;
}
