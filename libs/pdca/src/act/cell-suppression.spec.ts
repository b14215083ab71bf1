import { suppressSmallCells, type CountCell } from './cell-suppression';

const cells = (counts: Record<string, number>): CountCell[] =>
  Object.entries(counts).map(([key, count]) => ({ key, count }));
const shown = (result: ReturnType<typeof suppressSmallCells>) =>
  Object.fromEntries(result.cells.map((c) => [c.key, c.count]));

describe('small-cell suppression', () => {
  it('publishes a table with no small cell as it is, zeros included', () => {
    const result = suppressSmallCells(cells({ a: 5, b: 0, c: 3 }));
    expect(result).toMatchObject({ total: 8 });
    expect(shown(result)).toEqual({ a: 5, b: 0, c: 3 });
  });

  it('hides a lone small cell together with the smallest other one, so the total gives neither away', () => {
    const result = suppressSmallCells(cells({ a: 9, b: 1, c: 4, d: 0 }));
    expect(shown(result)).toEqual({ a: 9, b: null, c: null, d: 0 });
    expect(result.total).toBe(14);
  });

  it('keeps two small cells hidden alone when their sum is safe (1 + 2: which is which?)', () => {
    expect(shown(suppressSmallCells(cells({ a: 1, b: 2, c: 7 })))).toEqual({
      a: null,
      b: null,
      c: 7,
    });
  });

  it('does not let small cells that must all be 1 stand alone', () => {
    // 1 + 1 = 2 hidden cells summing to 2: each must be 1. Hide the 4 as well.
    expect(shown(suppressSmallCells(cells({ a: 1, b: 1, c: 4, d: 6 })))).toEqual({
      a: null,
      b: null,
      c: null,
      d: 6,
    });
  });

  it('withholds the whole table when no choice of cells is safe', () => {
    const result = suppressSmallCells(cells({ a: 1, b: 1, c: 1, d: 0 }));
    expect(result.total).toBe(3);
    expect(result.cells.every((c) => c.suppressed && c.count === null)).toBe(true);
  });

  it('withholds a total below the threshold and everything in its table', () => {
    const result = suppressSmallCells(cells({ a: 2, b: 0 }));
    expect(result.total).toBeNull();
    expect(shown(result)).toEqual({ a: null, b: null });
  });

  it('never lets a suppressed value be derived from the total and the published cells', () => {
    // Brute force over small tables: the hidden cells' sum is total - published, and the
    // hidden cells are each ≥ 1; no hidden small cell may be pinned to one value by that.
    for (let code = 0; code < 5 ** 4; code++) {
      const counts = [0, 1, 2, 3].map((i) => Math.floor(code / 5 ** i) % 5);
      const result = suppressSmallCells(counts.map((count, i) => ({ key: `k${i}`, count })));
      if (result.total === null || result.cells.every((c) => c.suppressed)) continue;
      const hidden = result.cells.filter((c) => c.suppressed);
      if (!hidden.length) continue;
      const sum = result.total - result.cells.reduce((n, c) => n + (c.count ?? 0), 0);
      // Each hidden cell lies in [1, sum - (hidden - 1)]: pinned only if that range is one value.
      expect({ counts, pinned: sum - (hidden.length - 1) === 1 }).toEqual({
        counts,
        pinned: false,
      });
      expect(hidden.length).toBeGreaterThanOrEqual(2);
    }
  });
});
