import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DEFAULT_DATABASE_URL } from '@tracker/core';
import { dropDatabase, withDatabaseName } from '@tracker/database';
import type { BenchContext, Section } from './lib/context';
import { describeMachine } from './lib/machine';
import { printRow, writeReport } from './lib/report';
import { round } from './lib/stats';
import { auditSection } from './sections/audit';

const ROOT = join(__dirname, '..', '..');
const MEMORY_LIMIT_MIB = 300;

/** Sections in order; each adds its rows to the report. */
const SECTIONS: [string, Section][] = [['audit chain', auditSection]];

async function main() {
  const quick = process.argv.includes('--quick');
  const server = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const databaseUrl = withDatabaseName(server, process.env.BENCH_DATABASE ?? 'tracker_bench');
  if (!process.argv.includes('--keep')) await dropDatabase(databaseUrl);
  execFileSync('node', [join(ROOT, 'dist/apps/api/src/cli.js'), 'db:prepare'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: 'inherit',
  });
  const ctx: BenchContext = {
    databaseUrl,
    quick,
    seconds: quick ? 5 : 15,
    rows: [],
    notes: [],
    memory: {},
  };
  for (const [name, section] of SECTIONS) {
    process.stdout.write(`\n▶ ${name}\n`);
    await section(ctx);
  }
  for (const [processName, peak] of Object.entries(ctx.memory)) {
    const row = {
      operation: `memory: ${processName} process, peak resident during the runs`,
      measured: `${round(peak, 0)} MiB`,
      baseline: `${MEMORY_LIMIT_MIB} MiB limit`,
      ratio: `${round(peak / MEMORY_LIMIT_MIB, 2)}× the limit`,
      goal: `< ${MEMORY_LIMIT_MIB} MiB`,
      met: peak < MEMORY_LIMIT_MIB,
    };
    ctx.rows.push(row);
    printRow(row);
  }
  const file = join(ROOT, 'docs', 'benchmarks.md');
  writeReport(file, describeMachine(databaseUrl), ctx.rows, ctx.notes);
  process.stdout.write(`\nwrote ${file}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
