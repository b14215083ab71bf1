import { diffLines } from 'diff';

export interface FieldDifference {
  field: string;
  from: unknown;
  to: unknown;
}

export type LineOp = 'equal' | 'added' | 'removed';

/** A run of lines that are the same in both versions, or only in one of them. */
export interface LineChunk {
  op: LineOp;
  lines: string[];
}

export interface BodyDifference {
  field: string;
  changed: boolean;
  added: number;
  removed: number;
  chunks: LineChunk[];
}

export interface GuidanceDifference {
  fields: FieldDifference[];
  bodies: BodyDifference[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Splits a run of text into its lines (the trailing newline of the last one is not a line). */
function linesOf(value: string): string[] {
  const lines = value.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The body text, line by line, with jsdiff doing the matching. */
export function diffBody(field: string, from: string | null, to: string | null): BodyDifference {
  const chunks: LineChunk[] = diffLines(from ?? '', to ?? '').map((change) => ({
    op: change.added ? 'added' : change.removed ? 'removed' : 'equal',
    lines: linesOf(change.value),
  }));
  const count = (op: LineOp) =>
    chunks.filter((c) => c.op === op).reduce((n, c) => n + c.lines.length, 0);
  const added = count('added');
  const removed = count('removed');
  return { field, changed: added + removed > 0, added, removed, chunks };
}

/**
 * What differs between two versions: every listed field whose value differs (arrays compare in
 * order, so callers sort id lists first), and each body line by line.
 */
export function diffVersions<T extends object>(
  from: T,
  to: T,
  fields: readonly (keyof T & string)[],
  bodies: readonly (keyof T & string)[],
): GuidanceDifference {
  const value = (record: T, field: keyof T) => record[field] as unknown;
  return {
    fields: fields
      .filter((f) => !same(value(from, f), value(to, f)))
      .map((f) => ({ field: f, from: value(from, f) ?? null, to: value(to, f) ?? null })),
    bodies: bodies.map((f) =>
      diffBody(f, value(from, f) as string | null, value(to, f) as string | null),
    ),
  };
}
