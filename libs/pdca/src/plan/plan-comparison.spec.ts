import { compareItems } from './plan-comparison';

const item = (lineageId: string, code: string, title: string, target?: number | null) => ({
  id: `${lineageId}-${code}`,
  lineageId,
  code,
  title,
  target,
});

describe('compareItems', () => {
  it('matches items by lineage and reports added, removed and changed fields', () => {
    const from = [item('a', 'I-1', 'R&D'), item('b', 'I-2', 'Talent', 10), item('c', 'I-3', 'Old')];
    const to = [
      item('a', 'I-1', 'R&D'),
      item('b', 'II-1', 'Talent', 20),
      item('d', 'I-4', 'International'),
    ];
    const result = compareItems(from, to, ['code', 'title', 'target']);
    expect(result.added.map((i) => i.lineageId)).toEqual(['d']);
    expect(result.removed.map((i) => i.lineageId)).toEqual(['c']);
    expect(result.changed).toEqual([
      {
        lineageId: 'b',
        code: 'II-1',
        changes: { code: { from: 'I-2', to: 'II-1' }, target: { from: 10, to: 20 } },
      },
    ]);
    expect(result.unchanged).toBe(1);
  });

  it('treats a missing value and null as the same', () => {
    const result = compareItems([item('a', 'x', 't')], [{ ...item('a', 'x', 't'), target: null }], [
      'target',
    ] as never);
    expect(result.changed).toEqual([]);
  });
});
