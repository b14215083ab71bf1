// Runs every test (all jest projects) and prints one line: `tests: N passed, N failed[, N skipped]`.
// Arguments are passed on to jest (e.g. `npm test -- --selectProjects unit`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.test-results');
const outFile = join(outDir, 'jest.json');
mkdirSync(outDir, { recursive: true });
rmSync(outFile, { force: true });

const run = spawnSync(
  'npx',
  ['jest', '--json', `--outputFile=${outFile}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: process.env },
);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(outFile)) {
  const result = JSON.parse(readFileSync(outFile, 'utf8'));
  passed = result.numPassedTests;
  skipped = result.numPendingTests + result.numTodoTests;
  // A file that could not run at all counts as one failure, so a crash is never a green run.
  const brokenFiles = result.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.every((a) => a.status !== 'failed'),
  ).length;
  failed = result.numFailedTests + brokenFiles;
} else {
  failed = 1;
}
if (run.status !== 0 && failed === 0) failed = 1;
const summary = `tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
writeFileSync(join(outDir, 'summary.txt'), `${summary}\n`);
console.log(summary);
process.exit(failed ? 1 : 0);
