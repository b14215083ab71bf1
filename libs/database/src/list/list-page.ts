import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { FilterDef, ListRequest, ListSpec } from './list-spec';

/** One page of a list, with the total the Content-Range header reports. */
export class Page<T> {
  constructor(
    readonly resource: string,
    readonly items: T[],
    readonly start: number,
    readonly total: number,
    /** True when `total` is the planner's estimate rather than an exact count. */
    readonly totalIsEstimate: boolean,
  ) {}

  map<U>(fn: (item: T) => U): Page<U> {
    return new Page(
      this.resource,
      this.items.map(fn),
      this.start,
      this.total,
      this.totalIsEstimate,
    );
  }
}

/** Results up to this size are counted exactly; beyond it the planner's estimate is reported. */
export const EXACT_COUNT_LIMIT = 10_000;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function applyFilter<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  key: string,
  def: FilterDef,
  value: unknown,
) {
  const p = `f_${key}`;
  const many = Array.isArray(value);
  switch (def.kind) {
    case 'enum':
    case 'uuid':
    case 'string':
      qb.andWhere(many ? `${def.column} IN (:...${p})` : `${def.column} = :${p}`, { [p]: value });
      return;
    case 'enumArray':
    case 'uuidArray':
      qb.andWhere(`${def.column} && :${p}`, { [p]: many ? value : [value] });
      return;
    case 'text':
      qb.andWhere(`(${def.columns.map((c) => `${c} ILIKE :${p}`).join(' OR ')})`, {
        [p]: `%${escapeLike(value as string)}%`,
      });
      return;
    case 'boolean':
    case 'integer':
      qb.andWhere(`${def.column} = :${p}`, { [p]: value });
      return;
    case 'dateFrom':
      qb.andWhere(`${def.column} >= :${p}`, { [p]: value });
      return;
    case 'dateTo':
      qb.andWhere(`${def.column} <= :${p}`, { [p]: value });
      return;
    case 'condition':
      qb.andWhere(value ? def.whenTrue : def.whenFalse);
      return;
  }
}

/** Adds the request's filters to a query builder (exported for exports and aggregates). */
export function applyListFilters<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  spec: ListSpec,
  request: Pick<ListRequest, 'filters'>,
): SelectQueryBuilder<T> {
  for (const [key, value] of Object.entries(request.filters)) {
    applyFilter(qb, key, spec.filters[key], value);
  }
  return qb;
}

async function countCapped<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>) {
  const counted = qb
    .clone()
    .select('1')
    .orderBy()
    .offset(undefined)
    .limit(EXACT_COUNT_LIMIT + 1);
  const [sql, params] = counted.getQueryAndParameters();
  const rows: { n: number }[] = await qb.connection.query(
    `SELECT count(*)::int AS n FROM (${sql}) AS capped`,
    params,
  );
  const n = rows[0].n;
  if (n <= EXACT_COUNT_LIMIT) return { total: n, estimate: false };
  const [fullSql, fullParams] = qb.clone().orderBy().getQueryAndParameters();
  const plan: { 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[] = await qb.connection.query(
    `EXPLAIN (FORMAT JSON) ${fullSql}`,
    fullParams,
  );
  const estimate = Math.round(plan[0]['QUERY PLAN'][0].Plan['Plan Rows']);
  return { total: Math.max(estimate, EXACT_COUNT_LIMIT + 1), estimate: true };
}

/**
 * Runs a list request: filters, sort (with a tie-breaker), the requested range, and a total that
 * is exact up to EXACT_COUNT_LIMIT and an estimate beyond it.
 */
export async function fetchPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  spec: ListSpec,
  request: ListRequest,
): Promise<Page<T>> {
  applyListFilters(qb, spec, request);
  const { total, estimate } = await countCapped(qb);
  const { field, order } = request.sort;
  qb.orderBy(spec.sorts[field], order, order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST')
    .addOrderBy(spec.tieBreaker, order)
    .offset(request.range.start)
    .limit(request.range.end - request.range.start + 1);
  const items = await qb.getMany();
  return new Page(spec.resource, items, request.range.start, total, estimate);
}
