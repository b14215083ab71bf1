/**
 * How a list endpoint may be filtered and sorted. Every list endpoint declares one ListSpec;
 * parsing (list-request.ts) and querying (list-page.ts) are shared, so all lists behave alike:
 * react-admin's `filter` / `sort` / `range` parameters, a Content-Range header, field-level 400s.
 */
export type FilterDef =
  /** Equality against one of `values`; an array means "any of". */
  | { kind: 'enum'; column: string; values: readonly string[] }
  /** Array column containing any of the given values (`&&`). */
  | { kind: 'enumArray'; column: string; values: readonly string[] }
  /** Equality against a uuid; an array means "any of" (react-admin's getMany sends `id: [...]`). */
  | { kind: 'uuid'; column: string }
  /**
   * A uuid array — a column such as an incident's organisations, or an SQL expression such as
   * `ARRAY(SELECT ...)` — containing any of the given uuids (`&&`).
   */
  | { kind: 'uuidArray'; column: string }
  /** Case-insensitive substring search over several columns (works for Japanese text too). */
  | { kind: 'text'; columns: readonly string[] }
  /** Exact string equality. */
  | { kind: 'string'; column: string; maxLength?: number }
  | { kind: 'boolean'; column: string }
  | { kind: 'integer'; column: string; min?: number; max?: number }
  /** Inclusive bound on a date or timestamp column; value is an ISO date or date-time. */
  | { kind: 'dateFrom'; column: string }
  | { kind: 'dateTo'; column: string }
  /** A boolean flag evaluated by SQL of the spec's own (e.g. a derived "late" condition). */
  | { kind: 'condition'; whenTrue: string; whenFalse: string };

export type SortOrder = 'ASC' | 'DESC';

export interface ListSpec {
  /** Name used in the Content-Range header, e.g. `plan-versions`. */
  resource: string;
  /** Alias of the root table in the query builder the service passes in. */
  alias: string;
  filters: Record<string, FilterDef>;
  /** Sortable fields: API field name → SQL expression. */
  sorts: Record<string, string>;
  defaultSort: [string, SortOrder];
  /** Appended to every ORDER BY so pages are stable when sort values tie. */
  tieBreaker: string;
  maxPageSize?: number;
}

export interface ListRequest {
  filters: Record<string, unknown>;
  sort: { field: string; order: SortOrder };
  range: { start: number; end: number };
}

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 500;

export function defineListSpec(spec: ListSpec): ListSpec {
  if (!spec.sorts[spec.defaultSort[0]]) {
    throw new Error(`${spec.resource}: default sort ${spec.defaultSort[0]} is not sortable`);
  }
  return spec;
}
