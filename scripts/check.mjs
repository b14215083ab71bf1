// Everything a reviewer runs, after the set-up of the local services: format check, lint (zero warnings), type-check, architecture
// rules and every test. Each step runs even when an earlier one failed, so one run reports
// everything; the last line is always the test summary.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const steps = ['format:check', 'lint', 'typecheck', 'lint:deps', 'test'];
const results = [];

// The set-up a fresh machine needs, as `npm start` does it: PostgreSQL and Redis up, Chromium
// and a Japanese font for the browser tests.
console.log('\n▶ scripts/ensure-services.sh');
const services = spawnSync('bash', ['scripts/ensure-services.sh'], { cwd: root, stdio: 'inherit' });
if (services.status !== 0) {
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}
for (const step of steps) {
  const started = Date.now();
  console.log(`\n▶ npm run ${step}`);
  const run = spawnSync('npm', ['run', '--silent', step], { cwd: root, stdio: 'inherit' });
  results.push({ step, ok: run.status === 0, seconds: Math.round((Date.now() - started) / 1000) });
}
console.log('\nchecks:');
for (const { step, ok, seconds } of results)
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${step} (${seconds}s)`);
const summaryFile = join(root, '.test-results/summary.txt');
console.log(
  existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8').trim() : 'tests: 0 passed, 1 failed',
);
process.exit(results.every((r) => r.ok) ? 0 : 1);
