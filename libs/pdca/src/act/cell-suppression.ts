import { PUBLIC_STATISTICS_THRESHOLD } from '@tracker/contracts';

export interface CountCell {
  key: string;
  count: number;
}

export interface PublishedCell {
  key: string;
  /** null when suppressed. */
  count: number | null;
  suppressed: boolean;
}

/**
 * Small-cell suppression of one table of incident counts that share a published total (docs/adr/0013).
 *
 * - Primary: a cell of 1 or 2 incidents (below `threshold`) is not published. Zero is published:
 *   it reveals no one.
 * - Secondary: the total is published, so the suppressed cells' sum is known by subtraction.
 *   Suppressed cells must be at least two, sum to at least `threshold`, and not all be 1
 *   (sum > number of cells), or their values could be worked out; the smallest published
 *   non-zero cells are suppressed too until that holds. If it cannot hold, nothing of the table
 *   is published (zeros included, since they would say which cells are 1).
 * - A total below `threshold` is not published, and neither is any cell of its table.
 */
export function suppressSmallCells(
  cells: readonly CountCell[],
  threshold = PUBLIC_STATISTICS_THRESHOLD,
): { cells: PublishedCell[]; total: number | null } {
  const total = cells.reduce((n, c) => n + c.count, 0);
  const hidden = new Set(cells.filter((c) => c.count > 0 && c.count < threshold).map((c) => c.key));
  const safe = () => {
    if (!hidden.size) return true;
    const sum = cells.filter((c) => hidden.has(c.key)).reduce((n, c) => n + c.count, 0);
    return hidden.size >= 2 && sum >= threshold && sum > hidden.size;
  };
  // Smallest first; ties in table order, so the result does not depend on anything unpublished.
  const candidates = cells
    .filter((c) => c.count >= threshold)
    .sort((a, b) => a.count - b.count || cells.indexOf(a) - cells.indexOf(b));
  for (const next of candidates) {
    if (safe()) break;
    hidden.add(next.key);
  }
  const nothing = total < threshold || !safe();
  return {
    total: total < threshold ? null : total,
    cells: cells.map((c) =>
      nothing || hidden.has(c.key)
        ? { key: c.key, count: null, suppressed: true }
        : { key: c.key, count: c.count, suppressed: false },
    ),
  };
}
