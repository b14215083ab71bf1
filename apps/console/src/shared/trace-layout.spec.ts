import type { TraceGraph, TraceNode, TraceType } from '@tracker/contracts';
import { layoutTrace, type TraceGeometry } from './trace-layout';

const node = (id: string, type: TraceType, label = id): TraceNode => ({
  id,
  type,
  label,
  status: null,
  redacted: false,
});
const G: TraceGeometry = { nodeWidth: 100, nodeHeight: 40, columnGap: 50, rowGap: 10, top: 30 };

describe('the trace graph layout', () => {
  const graph: TraceGraph = {
    root: 'g2',
    truncated: false,
    nodes: [
      node('kpi', 'plan_kpi'),
      node('pv', 'plan_version'),
      node('obj', 'plan_objective'),
      node('g2', 'guidance', 'B'),
      node('g1', 'guidance', 'A'),
      node('f2', 'finding', 'second'),
      node('f1', 'finding', 'first'),
      node('i1', 'incident'),
      node('a', 'amendment'),
    ],
    edges: [
      { from: 'i1', to: 'f1', relation: 'x' },
      { from: 'f2', to: 'g1', relation: 'grounds' },
      { from: 'f1', to: 'g2', relation: 'grounds' },
      { from: 'g1', to: 'g2', relation: 'revised_as' },
      { from: 'g2', to: 'a', relation: 'justifies' },
      { from: 'a', to: 'pv', relation: 'opened' },
      { from: 'pv', to: 'obj', relation: 'has_objective' },
      { from: 'obj', to: 'kpi', relation: 'measured_by' },
    ],
  };
  const layout = layoutTrace(graph, G);
  const at = (id: string) => layout.nodes.find((n) => n.id === id)!;

  it('puts each record in its stage column, in the order of the cycle, skipping empty stages', () => {
    expect(layout.columns.map((c) => c.stage)).toEqual([
      'incident',
      'finding',
      'guidance',
      'amendment',
      'plan',
    ]);
    expect(layout.columns.map((c) => c.x)).toEqual([0, 150, 300, 450, 600]);
    expect(at('i1').column).toBe(0);
    expect(at('f1').column).toBe(1);
    expect(at('g2').column).toBe(2);
    expect(at('kpi').column).toBe(4);
  });

  it('keeps the plan above its objectives above their KPIs within the plan column', () => {
    expect([at('pv').row, at('obj').row, at('kpi').row]).toEqual([0, 1, 2]);
    expect(at('obj').y).toBe(30 + 50);
  });

  it('places a node near what it is linked to on its left (fewer crossing lines)', () => {
    // f1 follows the incident (row 0); g2 rests on f1 (row 0), g1 on f2 (row 1): although g1's
    // label sorts first, g2 goes on top.
    expect(at('f1').row).toBe(0);
    expect(at('f2').row).toBe(1);
    expect(at('g2').row).toBe(0);
    expect(at('g1').row).toBe(1);
  });

  it('draws links right side to left side, and an arc for a link within a column', () => {
    const path = (from: string, to: string) =>
      layout.edges.find((e) => e.from === from && e.to === to)!.path;
    expect(path('f1', 'g2')).toBe('M 250 50 C 275 50, 275 50, 300 50');
    expect(path('g1', 'g2')).toBe('M 400 100 C 428 100, 428 50, 400 50');
    expect(layout.edges).toHaveLength(8);
  });

  it('sizes the drawing to its columns and tallest column', () => {
    expect(layout.width).toBe(5 * 150 - 50 + 32);
    expect(layout.height).toBe(30 + 3 * 50);
  });

  it('draws a link that points back along the cycle from left side to right side', () => {
    const back = layoutTrace(
      {
        root: 'mk',
        truncated: false,
        nodes: [node('mk', 'measure_kpi'), node('pk', 'plan_kpi')],
        edges: [{ from: 'mk', to: 'pk', relation: 'moves' }],
      },
      G,
    );
    expect(back.edges[0].path).toBe('M 150 50 C 125 50, 125 50, 100 50');
  });

  it('ignores links to records the graph does not hold, and draws nothing for an empty graph', () => {
    const lonely = layoutTrace(
      {
        root: 'x',
        truncated: true,
        nodes: [node('x', 'guidance')],
        edges: [{ from: 'x', to: 'y', relation: 'r' }],
      },
      G,
    );
    expect(lonely.edges).toEqual([]);
    expect(layoutTrace({ root: 'x', truncated: false, nodes: [], edges: [] }, G)).toMatchObject({
      width: 0,
      height: 30,
      nodes: [],
    });
  });
});
