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
      qb.andWhere(`${def.column} && :${p}`, { [p]: many ? value : [value] });
      return;
    case 'uuidArray':
      qb.andWhere(`${def.column} && CAST(:${p} AS uuid[])`, { [p]: many ? value : [value] });
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

/**
 * The total for Content-Range: the planner's estimate when it foresees a large result (counting
 * it would cost more than the page itself), else an exact count capped at EXACT_COUNT_LIMIT.
 */
async function countTotal<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>) {
  const [fullSql, fullParams] = qb.clone().orderBy().getQueryAndParameters();
  const plan: { 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[] = await qb.connection.query(
    `EXPLAIN (FORMAT JSON) ${fullSql}`,
    fullParams,
  );
  const estimate = Math.round(plan[0]['QUERY PLAN'][0].Plan['Plan Rows']);
  if (estimate > EXACT_COUNT_LIMIT) return { total: estimate, estimate: true };
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
  return { total: Math.max(estimate, EXACT_COUNT_LIMIT + 1), estimate: true };
}

/**
 * Runs a list request: filters, sort (with a tie-breaker), the requested range, and a total that
 * is exact when counting is cheap and the planner's estimate (flagged) when it is not.
 *
 * The page is read in two steps: first the ids of the requested range, then those records. The
 * first step reads only filter and sort columns, which an index can answer on its own, so a deep
 * page skips index entries rather than whole rows (page 400 costs about what page 1 does).
 */
export async function fetchPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  spec: ListSpec,
  request: ListRequest,
): Promise<Page<T>> {
  applyListFilters(qb, spec, request);
  const { total, estimate } = await countTotal(qb);
  const { field, order } = request.sort;
  const sorted = (q: SelectQueryBuilder<T>) =>
    q
      .orderBy(spec.sorts[field], order, order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST')
      .addOrderBy(spec.tieBreaker, order);
  const idColumn = `${spec.alias}.id`;
  const idRows: { id: string }[] = await sorted(qb.clone().select(idColumn, 'id'))
    .offset(request.range.start)
    .limit(request.range.end - request.range.start + 1)
    .getRawMany();
  if (!idRows.length) return new Page(spec.resource, [], request.range.start, total, estimate);
  const ids = idRows.map((row) => String(row.id));
  const records = await qb.andWhere(`${idColumn} IN (:...pageIds)`, { pageIds: ids }).getMany();
  const position = new Map(ids.map((id, index) => [id, index]));
  records.sort((a, b) => (position.get(String(a.id)) ?? 0) - (position.get(String(b.id)) ?? 0));
  return new Page(spec.resource, records, request.range.start, total, estimate);
}
