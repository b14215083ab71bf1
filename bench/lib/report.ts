import { writeFileSync } from 'node:fs';

/** One row of the benchmark table: our figure beside its baseline from the same run. */
export interface BenchRow {
  operation: string;
  measured: string;
  baseline: string;
  /** The headline: measured ÷ baseline (or the figure against its absolute goal). */
  ratio: string;
  goal: string;
  met: boolean;
}

export function printRow(row: BenchRow): void {
  process.stdout.write(
    `${row.met ? 'ok  ' : 'MISS'} ${row.operation}: ${row.measured} | baseline ${row.baseline} | ${row.ratio} (goal ${row.goal})\n`,
  );
}

export function writeReport(
  file: string,
  machine: string[],
  rows: BenchRow[],
  notes: string[],
): void {
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Each row runs the operation through the real`,
    'HTTP API (authenticated, validated, audited) and, in the same run, its baseline — the same SQL',
    'through pgbench, or the goal stated in the issue.',
    '',
    '## Machine',
    '',
    ...machine.map((m) => `- ${m}`),
    '',
    '## Results',
    '',
    '| operation | measured | baseline (same run) | ratio | goal | met |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${escape(r.operation)} | ${escape(r.measured)} | ${escape(r.baseline)} | ${escape(r.ratio)} | ${escape(r.goal)} | ${r.met ? 'yes' : '**no**'} |`,
    ),
    '',
    ...(notes.length ? ['## Notes', '', ...notes.map((n) => `- ${n}`), ''] : []),
  ];
  writeFileSync(file, lines.join('\n'));
}
