// `npm start`: the whole product with demo data on one machine. Starts PostgreSQL and Redis if
// they are down, builds the API, the worker and the console, creates and migrates the database,
// loads the demo data (once), then runs the API (which serves the console at `/`) and the worker
// (outbox relay, review jobs, scheduled scans) until Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function step(command, args) {
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

step('bash', ['scripts/ensure-services.sh']);
step('node', ['scripts/build.mjs']);
step('node', ['scripts/build-console.mjs']);
step('node', ['dist/apps/api/src/cli.js', 'db:prepare']);

// The API's heap limit (libs/core/src/runtime.ts); the worker keeps Node's default.
const runtime = await import('../dist/libs/core/src/runtime.js');
const apiNodeOptions = runtime.API_NODE_OPTIONS ?? runtime.default.API_NODE_OPTIONS;
const processes = [
  ['dist/apps/api/src/main.js', { NODE_OPTIONS: process.env.NODE_OPTIONS ?? apiNodeOptions }],
  ['dist/apps/worker/src/main.js', {}],
].map(([main, env]) =>
  spawn('node', ['--enable-source-maps', main], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  }),
);
const port = process.env.PORT || 3000;
console.log(
  `\nConsole: http://localhost:${port}/   API: http://localhost:${port}/api/v1   OpenAPI: http://localhost:${port}/api/docs`,
);
console.log(`Job queues (admins): http://localhost:${port}/api/admin/queues`);

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  for (const child of processes) child.kill(signal);
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
for (const child of processes) {
  child.on('exit', (code) => {
    stop('SIGTERM');
    process.exitCode = code ?? 0;
  });
}
