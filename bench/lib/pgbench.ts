import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile } from './stats';

export interface PgbenchResult {
  tps: number;
  p50Ms: number;
  p95Ms: number;
  transactions: number;
  failed: number;
}

/**
 * Runs a pgbench script against the database: `clients` connections for `seconds`, with
 * per-transaction logging so the 95th percentile latency is exact, not estimated.
 */
export function pgbench(
  databaseUrl: string,
  script: string,
  options: { clients: number; seconds: number; variables?: Record<string, string | number> },
): PgbenchResult {
  const dir = mkdtempSync(join(tmpdir(), 'pgbench-'));
  try {
    const file = join(dir, 'script.sql');
    writeFileSync(file, script);
    const variables = Object.entries(options.variables ?? {}).flatMap(([k, v]) => [
      '-D',
      `${k}=${v}`,
    ]);
    const output = execFileSync(
      'pgbench',
      [
        '-n',
        '-c',
        String(options.clients),
        '-j',
        String(Math.min(options.clients, 2)),
        '-T',
        String(options.seconds),
        '-f',
        file,
        '-l',
        '--log-prefix',
        join(dir, 'tx'),
        ...variables,
        databaseUrl,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(output)?.[1]);
    const failed = Number(/number of failed transactions: (\d+)/.exec(output)?.[1] ?? 0);
    const latencies: number[] = [];
    for (const name of readdirSync(dir).filter((f) => f.startsWith('tx'))) {
      for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
        const fields = line.split(' ');
        if (fields.length > 2) latencies.push(Number(fields[2]) / 1000);
      }
    }
    return {
      tps,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      transactions: latencies.length,
      failed,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
