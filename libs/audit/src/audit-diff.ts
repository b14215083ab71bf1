export type Snapshot = Record<string, unknown>;

/** Fields that are implied by the event itself, or are secrets, and never go into the trail. */
export const NOT_AUDITED: ReadonlySet<string> = new Set([
  'createdAt',
  'updatedAt',
  'version',
  'passwordHash',
  'tokenHash',
]);

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return undefined;
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** A JSON-safe copy of the given column values, without the fields that are never audited. */
export function toSnapshot(values: Record<string, unknown>): Snapshot {
  const out: Snapshot = {};
  for (const [key, value] of Object.entries(values)) {
    if (NOT_AUDITED.has(key) || value === undefined) continue;
    const v = plain(value);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** The fields that differ between two snapshots, as `before` and `after` halves. */
export function diffSnapshots(before: Snapshot, after: Snapshot) {
  const b: Snapshot = {};
  const a: Snapshot = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return { before: b, after: a, changed: Object.keys(a).length > 0 };
}
