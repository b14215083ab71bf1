import type { Clearance, RedactionMarker } from '@tracker/contracts';

type Fields = Record<string, unknown>;

/** Fields of one record type that only users with confidential clearance may read. */
export interface ConfidentialRule {
  fields: readonly string[];
  /** Applies only to records for which this holds (a response marked as a trade secret, say). */
  when?: (record: Fields) => boolean;
}

/** Entity type (table name) → its confidential fields: the one list every read path consults. */
export type ConfidentialRegistry = Readonly<Record<string, readonly ConfidentialRule[]>>;

export const mayReadConfidential = (viewer: { clearance: Clearance }) =>
  viewer.clearance === 'confidential';

/** The fields of `record` that `viewer` may not read. */
export function hiddenFields(
  registry: ConfidentialRegistry,
  entityType: string,
  record: object,
  viewer: { clearance: Clearance },
): string[] {
  if (mayReadConfidential(viewer)) return [];
  const hidden = new Set<string>();
  for (const rule of registry[entityType] ?? []) {
    if (!rule.when || rule.when(record as Fields)) for (const f of rule.fields) hidden.add(f);
  }
  return [...hidden];
}

/**
 * A copy of the record as `viewer` may see it: each hidden field is `null` and named in
 * `redactedFields` (empty when nothing is hidden), so "redacted" never looks like "blank".
 */
export function redactRecord<T extends object>(
  registry: ConfidentialRegistry,
  entityType: string,
  record: T,
  viewer: { clearance: Clearance },
): T & RedactionMarker {
  const hidden = hiddenFields(registry, entityType, record, viewer);
  const copy: Fields = { ...(record as Fields), redactedFields: hidden };
  for (const field of hidden) copy[field] = null;
  return copy as T & RedactionMarker;
}

export interface ChangeEvent {
  entityType: string;
  before: Fields | null;
  after: Fields | null;
}

/**
 * An audit event as `viewer` may see it. A conditional rule applies when it holds for the
 * record's current state, or for either half of the event; with no current state known (the
 * trail across all records) it applies whenever its fields appear: never less than the record.
 */
export function redactEvent<E extends ChangeEvent>(
  registry: ConfidentialRegistry,
  event: E,
  viewer: { clearance: Clearance },
  current?: object | null,
): E & RedactionMarker {
  if (mayReadConfidential(viewer)) return { ...event, redactedFields: [] };
  const hidden = new Set<string>();
  for (const rule of registry[event.entityType] ?? []) {
    const applies =
      !rule.when ||
      current === undefined ||
      [current, event.before, event.after].some((r) => r && rule.when!(r as Fields));
    if (applies) for (const f of rule.fields) hidden.add(f);
  }
  const strip = (half: Fields | null) => {
    if (!half) return half;
    const copy = { ...half };
    for (const f of hidden) if (f in copy) copy[f] = null;
    return copy;
  };
  const present = [...hidden].filter((f) => f in (event.before ?? {}) || f in (event.after ?? {}));
  return {
    ...event,
    before: strip(event.before),
    after: strip(event.after),
    redactedFields: present,
  };
}
