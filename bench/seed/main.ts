import 'reflect-metadata';
import { benchDatabase, prepareBenchDatabase } from '../lib/bench-database';
import { generate, scaleFor } from './generate';

/** `npm run bench:seed -- --incidents 1000000 [--fresh]`: fill the benchmark database only. */
async function main() {
  const incidents = Number(argument('--incidents') ?? 1_000_000);
  const databaseUrl = benchDatabase();
  await prepareBenchDatabase(databaseUrl, process.argv.includes('--fresh'));
  const started = Date.now();
  process.stdout.write(
    `generating ${incidents.toLocaleString('en')} incidents and their companions\n`,
  );
  await generate(databaseUrl, scaleFor(incidents), (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(`done in ${Math.round((Date.now() - started) / 1000)} s\n`);
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
