import type { TestApp } from '../test-app';

/** Tables whose changes are bookkeeping of a rejected request by design, not data. */
const BOOKKEEPING = new Set(['schema_migration', 'login_failure']);

/**
 * Row count and newest row version (xmin) of every table: any insert, update or delete changes
 * it. Cheap on a test database, so it is taken around every fuzzed request.
 */
export async function fingerprint(t: TestApp, ignore: readonly string[] = []): Promise<string> {
  const tables = await t.sql<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
  );
  const parts = tables
    .map((r) => r.name)
    .filter((name) => !BOOKKEEPING.has(name) && !ignore.includes(name))
    .map(
      (name) =>
        `SELECT '${name}' AS t, count(*) AS n, coalesce(max(xmin::text::bigint), 0) AS x FROM "${name}"`,
    );
  const rows = await t.sql<{ t: string; n: string; x: string }>(parts.join(' UNION ALL '));
  return rows.map((r) => `${r.t}:${r.n}:${r.x}`).join('|');
}
