/**
 * What changed between two plan versions. Objectives and KPIs are matched by lineage (the id
 * their copies share across versions), so a renamed or re-coded objective shows as changed,
 * not as one removed and one added.
 */
export interface Comparable {
  id: string;
  lineageId: string;
  code: string;
}

export interface FieldChange {
  from: unknown;
  to: unknown;
}

export interface ComparedItem {
  lineageId: string;
  code: string;
  changes: Record<string, FieldChange>;
}

export interface ItemComparison<T> {
  added: T[];
  removed: T[];
  changed: ComparedItem[];
  unchanged: number;
}

export function compareItems<T extends Comparable>(
  from: readonly T[],
  to: readonly T[],
  fields: readonly (keyof T & string)[],
): ItemComparison<T> {
  const before = new Map(from.map((item) => [item.lineageId, item]));
  const after = new Map(to.map((item) => [item.lineageId, item]));
  const result: ItemComparison<T> = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const item of to) if (!before.has(item.lineageId)) result.added.push(item);
  for (const item of from) if (!after.has(item.lineageId)) result.removed.push(item);
  for (const item of to) {
    const old = before.get(item.lineageId);
    if (!old) continue;
    const changes: Record<string, FieldChange> = {};
    for (const field of fields) {
      if (JSON.stringify(old[field] ?? null) !== JSON.stringify(item[field] ?? null)) {
        changes[field] = { from: old[field] ?? null, to: item[field] ?? null };
      }
    }
    if (Object.keys(changes).length) {
      result.changed.push({ lineageId: item.lineageId, code: item.code, changes });
    } else {
      result.unchanged += 1;
    }
  }
  return result;
}
