import { execFileSync } from 'node:child_process';

/** Runs SQL with psql and returns the first column of each row. */
export function psql(databaseUrl: string, sql: string): string[] {
  return execFileSync('psql', [databaseUrl, '-v', 'ON_ERROR_STOP=1', '-Atqc', sql], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\n')
    .filter(Boolean);
}
