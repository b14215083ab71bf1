import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DEFAULT_DATABASE_URL } from '@tracker/core';
import { dropDatabase, withDatabaseName } from '@tracker/database';

const ROOT = join(__dirname, '..', '..', '..');

/** The benchmark's own database on the configured server: never the development database. */
export function benchDatabase(): string {
  const server = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  return withDatabaseName(server, process.env.BENCH_DATABASE ?? 'tracker_bench');
}

/** Creates (or, with `fresh`, recreates) and migrates the database, with the demo users and plan. */
export async function prepareBenchDatabase(databaseUrl: string, fresh: boolean): Promise<void> {
  if (fresh) await dropDatabase(databaseUrl);
  execFileSync('node', [join(ROOT, 'dist/apps/api/src/cli.js'), 'db:prepare'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: 'inherit',
  });
}
