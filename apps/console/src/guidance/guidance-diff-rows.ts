/** One run of lines of the API's line diff (`GET /guidance/:id/diff`). */
export interface LineChunk {
  op: 'equal' | 'added' | 'removed';
  lines: string[];
}

/** One side of a row: the line and its number in that version. */
export interface DiffCell {
  number: number;
  text: string;
}

/**
 * One row of the side-by-side view. `changed` rows pair a removed line with the added line
 * that replaced it; `removed` and `added` rows have one side only.
 */
export interface DiffRow {
  kind: 'equal' | 'changed' | 'removed' | 'added';
  left: DiffCell | null;
  right: DiffCell | null;
}

/**
 * Lays the line diff out side by side: equal lines face each other, a removed run followed by
 * an added run is read as a replacement and paired line by line (the longer run's rest stands
 * alone), and any other run has one side only. Line numbers count each version's own lines.
 */
export function sideBySide(chunks: readonly LineChunk[]): DiffRow[] {
  const rows: DiffRow[] = [];
  let left = 0;
  let right = 0;
  const from = (text: string): DiffCell => ({ number: ++left, text });
  const to = (text: string): DiffCell => ({ number: ++right, text });
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (chunk.op === 'equal') {
      for (const line of chunk.lines)
        rows.push({ kind: 'equal', left: from(line), right: to(line) });
      continue;
    }
    const next = chunks[i + 1];
    const removed = chunk.op === 'removed' ? chunk.lines : [];
    const added = chunk.op === 'added' ? chunk.lines : next?.op === 'added' ? next.lines : [];
    if (chunk.op === 'removed' && next?.op === 'added') i++;
    const pairs = Math.min(removed.length, added.length);
    for (let n = 0; n < Math.max(removed.length, added.length); n++) {
      if (n < pairs) rows.push({ kind: 'changed', left: from(removed[n]), right: to(added[n]) });
      else if (n < removed.length)
        rows.push({ kind: 'removed', left: from(removed[n]), right: null });
      else rows.push({ kind: 'added', left: null, right: to(added[n]) });
    }
  }
  return rows;
}

/**
 * Long runs of unchanged lines fold to `context` lines around each change, so a one-line edit in
 * a long text shows where it is without the whole text. Returns the rows to show and, between
 * them, how many were folded (`{ folded: n }`).
 */
export function foldUnchanged(
  rows: readonly DiffRow[],
  context = 3,
): (DiffRow | { folded: number })[] {
  // Distance of each row to the nearest change, in two passes.
  const distance = rows.map(() => Infinity);
  let last = -Infinity;
  rows.forEach((row, i) => {
    if (row.kind !== 'equal') last = i;
    distance[i] = i - last;
  });
  last = Infinity;
  for (let i = rows.length - 1; i >= 0; i--) {
    if (rows[i].kind !== 'equal') last = i;
    distance[i] = Math.min(distance[i], last - i);
  }
  const out: (DiffRow | { folded: number })[] = [];
  let folded = 0;
  rows.forEach((row, i) => {
    if (distance[i] <= context) {
      if (folded) out.push({ folded });
      folded = 0;
      out.push(row);
    } else folded++;
  });
  if (folded) out.push({ folded });
  return out;
}

/**
 * The versions to compare when the reader has not picked any: the one shown against the one it
 * revises, or against its revision when it is the first.
 */
export function defaultPair(
  versions: readonly { id: string; versionNumber: number }[],
  currentId: string,
): [string, string] | null {
  if (versions.length < 2) return null;
  const at = versions.findIndex((v) => v.id === currentId);
  if (at <= 0) return [versions[0].id, versions[1].id];
  return [versions[at - 1].id, versions[at].id];
}
