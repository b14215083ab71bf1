import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** A statement PostgreSQL plans once per connection and then reuses (a named prepared statement). */
export interface PreparedStatement {
  /** Unique across the application: one name, one text. */
  name: string;
  text: string;
}

/**
 * Runs `statement` as a named prepared statement on the transaction's connection, so a query
 * whose planning costs more than its execution (pg_trgm selectivity over many indexes, say) is
 * planned once per pooled connection instead of on every call. PostgreSQL switches to a generic
 * plan only when it is no worse than the custom ones, and replans after schema changes.
 * Outside a transaction it is an ordinary query.
 */
export async function preparedQuery<T>(
  em: EntityManager,
  statement: PreparedStatement,
  values: readonly unknown[],
): Promise<T[]> {
  const runner = em.queryRunner;
  if (!runner || runner.isReleased) return em.query(statement.text, [...values]);
  const client = (await runner.connect()) as {
    query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: T[] }>;
  };
  const result = await client.query({ ...statement, values: [...values] });
  return result.rows;
}

/**
 * A prepared statement named after its text, for statements built in code: the text must hold
 * parameters only, never values (as every query of ours), so the names stay as few as the
 * places that build them.
 */
export function statementOf(text: string): PreparedStatement {
  return { name: `s_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`, text };
}
