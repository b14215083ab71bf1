import { BadRequestError } from '@tracker/core';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type FilterDef,
  type ListRequest,
  type ListSpec,
} from './list-spec';

type Detail = { field: string; message: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const MAX_TEXT = 200;
const MAX_ANY_OF = 500;

export interface RawListQuery {
  filter?: unknown;
  sort?: unknown;
  range?: unknown;
}

function parseJson(raw: unknown, field: string, details: Detail[]): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') {
    details.push({ field, message: `${field} must be a JSON string` });
    return undefined;
  }
  try {
    return JSON.parse(raw);
  } catch {
    details.push({ field, message: `${field} is not valid JSON` });
    return undefined;
  }
}

function checkValue(def: FilterDef, value: unknown, field: string): string | null {
  switch (def.kind) {
    case 'enum':
    case 'enumArray':
      return typeof value === 'string' && def.values.includes(value)
        ? null
        : `${field} must be one of: ${def.values.join(', ')}`;
    case 'uuid':
    case 'uuidArray':
      return typeof value === 'string' && UUID.test(value) ? null : `${field} must be a UUID`;
    case 'text':
      return typeof value === 'string' && value.length <= MAX_TEXT
        ? null
        : `${field} must be a string of at most ${MAX_TEXT} characters`;
    case 'string':
      return typeof value === 'string' && value.length <= (def.maxLength ?? MAX_TEXT)
        ? null
        : `${field} must be a string of at most ${def.maxLength ?? MAX_TEXT} characters`;
    case 'boolean':
    case 'condition':
      return typeof value === 'boolean' ? null : `${field} must be true or false`;
    case 'integer':
      return Number.isInteger(value) &&
        (def.min === undefined || (value as number) >= def.min) &&
        (def.max === undefined || (value as number) <= def.max)
        ? null
        : `${field} must be an integer${def.min !== undefined ? ` ≥ ${def.min}` : ''}${def.max !== undefined ? ` ≤ ${def.max}` : ''}`;
    case 'dateFrom':
    case 'dateTo':
      return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : `${field} must be an ISO 8601 date or date-time`;
  }
}

const MULTI: ReadonlySet<FilterDef['kind']> = new Set([
  'enum',
  'enumArray',
  'uuid',
  'uuidArray',
  'string',
]);

function parseFilters(spec: ListSpec, raw: unknown, details: Detail[]) {
  const filters: Record<string, unknown> = {};
  if (raw === undefined || raw === null) return filters;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    details.push({ field: 'filter', message: 'filter must be a JSON object' });
    return filters;
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const def = spec.filters[key];
    const field = `filter.${key}`;
    if (!def) {
      const known = Object.keys(spec.filters).join(', ') || 'none';
      details.push({
        field,
        message: `${key} is not a filter of ${spec.resource} (filters: ${known})`,
      });
      continue;
    }
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (!MULTI.has(def.kind)) {
        details.push({ field, message: `${field} takes a single value` });
        continue;
      }
      if (value.length > MAX_ANY_OF) {
        details.push({ field, message: `${field} takes at most ${MAX_ANY_OF} values` });
        continue;
      }
      const bad = value.map((v) => checkValue(def, v, field)).find((m) => m !== null);
      if (bad) details.push({ field, message: bad });
      else if (value.length) filters[key] = value;
      continue;
    }
    const bad = checkValue(def, value, field);
    if (bad) details.push({ field, message: bad });
    else filters[key] = value;
  }
  return filters;
}

function parseSort(spec: ListSpec, raw: unknown, details: Detail[]): ListRequest['sort'] {
  const [defaultField, defaultOrder] = spec.defaultSort;
  if (raw === undefined) return { field: defaultField, order: defaultOrder };
  if (
    !Array.isArray(raw) ||
    raw.length !== 2 ||
    typeof raw[0] !== 'string' ||
    typeof raw[1] !== 'string'
  ) {
    details.push({ field: 'sort', message: 'sort must be ["field", "ASC" | "DESC"]' });
    return { field: defaultField, order: defaultOrder };
  }
  const [field, order] = raw as [string, string];
  if (!spec.sorts[field]) {
    details.push({
      field: 'sort',
      message: `${spec.resource} cannot be sorted by ${field} (sortable: ${Object.keys(spec.sorts).join(', ')})`,
    });
  }
  const upper = order.toUpperCase();
  if (upper !== 'ASC' && upper !== 'DESC') {
    details.push({ field: 'sort', message: 'sort order must be ASC or DESC' });
  }
  return { field, order: upper as 'ASC' | 'DESC' };
}

function parseRange(spec: ListSpec, raw: unknown, details: Detail[]): ListRequest['range'] {
  const max = spec.maxPageSize ?? MAX_PAGE_SIZE;
  if (raw === undefined) return { start: 0, end: DEFAULT_PAGE_SIZE - 1 };
  const ok =
    Array.isArray(raw) &&
    raw.length === 2 &&
    raw.every((n) => Number.isSafeInteger(n) && n >= 0) &&
    raw[1] >= raw[0];
  if (!ok) {
    details.push({ field: 'range', message: 'range must be [start, end] with 0 ≤ start ≤ end' });
    return { start: 0, end: DEFAULT_PAGE_SIZE - 1 };
  }
  const [start, end] = raw as [number, number];
  if (end - start + 1 > max) {
    details.push({ field: 'range', message: `range may cover at most ${max} records` });
  }
  return { start, end };
}

/** Parses and validates react-admin's list parameters against a spec; 400 with field details on any problem. */
export function parseListRequest(spec: ListSpec, query: RawListQuery): ListRequest {
  const details: Detail[] = [];
  const filters = parseFilters(spec, parseJson(query.filter, 'filter', details), details);
  const sortRaw = parseJson(query.sort, 'sort', details);
  const rangeRaw = parseJson(query.range, 'range', details);
  const sort = parseSort(spec, sortRaw, details);
  const range = parseRange(spec, rangeRaw, details);
  if (details.length) throw new BadRequestError('Invalid list parameters', details);
  return { filters, sort, range };
}
