import 'reflect-metadata';
import { join } from 'node:path';
import { benchDatabase, prepareBenchDatabase } from './lib/bench-database';
import type { BenchContext, Section } from './lib/context';
import { describeMachine } from './lib/machine';
import { printRow, writeReport } from './lib/report';
import { psql } from './lib/sql';
import { round } from './lib/stats';
import { generate, scaleFor } from './seed/generate';
import { auditSection } from './sections/audit';
import { incidentsSection } from './sections/incidents';
import { queueSection } from './sections/queue';
import { triageSection } from './sections/triage';

const ROOT = join(__dirname, '..', '..');
const MEMORY_LIMIT_MIB = 300;

/** Sections in order (key, title, run); each adds its rows to the report. */
const SECTIONS: [string, string, Section][] = [
  ['incidents', 'incidents: lists, search, dashboard, creation', incidentsSection],
  ['audit', 'audit chain: verification and writers', auditSection],
  ['queue', 'queue: outbox relay', queueSection],
  ['triage', 'triage: incident.triage jobs through two workers', triageSection],
];

async function main() {
  const quick = process.argv.includes('--quick');
  const incidents = Number(argument('--incidents') ?? (quick ? 100_000 : 1_000_000));
  const databaseUrl = benchDatabase();
  await prepareBenchDatabase(databaseUrl, process.argv.includes('--fresh'));
  process.stdout.write(
    `\n▶ data: ${incidents.toLocaleString('en')} incidents and their companions\n`,
  );
  await generate(databaseUrl, scaleFor(incidents), (line) => process.stdout.write(`${line}\n`));
  const ctx: BenchContext = {
    databaseUrl,
    quick,
    seconds: quick ? 5 : 15,
    rows: [],
    notes: [],
    memory: {},
  };
  // `--only queue,audit` runs some sections (a quick look; the report then holds only their rows).
  const only = argument('--only')?.split(',');
  const unknown = only?.filter((key) => !SECTIONS.some(([known]) => known === key));
  if (unknown?.length) {
    throw new Error(`--only takes ${SECTIONS.map(([key]) => key).join(', ')}`);
  }
  let first = true;
  for (const [key, name, section] of SECTIONS) {
    if (only && !only.includes(key)) continue;
    process.stdout.write(`\n▶ ${name}\n`);
    if (!first) settle(databaseUrl);
    first = false;
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
  // A partial run must not replace the report of the whole one.
  if (only) return;
  const file = join(ROOT, 'docs', 'benchmarks.md');
  writeReport(file, describeMachine(databaseUrl), ctx.rows, ctx.notes);
  process.stdout.write(`\nwrote ${file}\n`);
}

/**
 * Lets the database settle after the section before: vacuum what it wrote and deleted (the
 * creation benchmark's incidents, the relay's 100,000 events) and write its dirty pages out, so
 * that autovacuum and a checkpoint do not run in the middle of the next section's measurement.
 */
function settle(databaseUrl: string) {
  const started = Date.now();
  psql(databaseUrl, 'VACUUM (ANALYZE)');
  psql(databaseUrl, 'CHECKPOINT');
  process.stdout.write(
    `  settled the database (vacuum, checkpoint) in ${round((Date.now() - started) / 1000, 1)} s\n`,
  );
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
