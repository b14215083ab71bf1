// Builds the console (apps/console) with Vite into dist/console, which the API serves at `/`.
// Skips the build when dist/console is newer than every input (its sources, the shared
// contracts, the lock file), so `npm start` and the browser tests do not rebuild for nothing;
// `--force` builds anyway.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = join(root, 'dist/console/index.html');
const INPUTS = ['apps/console', 'libs/contracts/src', 'package-lock.json'];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const force = process.argv.includes('--force');
if (!force && existsSync(output)) {
  const built = statSync(output).mtimeMs;
  if (INPUTS.every((input) => newest(join(root, input)) < built)) {
    console.log('console is up to date (dist/console)');
    process.exit(0);
  }
}

const started = Date.now();
// Vite takes React's production build from NODE_ENV; a caller's value (jest sets `test`)
// would ship the slow development build.
process.env.NODE_ENV = 'production';
const { build } = await import('vite');
await build({
  configFile: join(root, 'apps/console/vite.config.mts'),
  logLevel: 'warn',
  mode: 'production',
});
console.log(`built the console in ${Date.now() - started} ms (dist/console)`);
