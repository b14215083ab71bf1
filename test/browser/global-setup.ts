// Runs once before the browser tests: builds the API and the console as `npm start` would, and
// prepares a template database with the migrations and the demo seed (cli.ts db:prepare). Each
// test file clones the template and starts the built API on it (console-app.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATABASE_URL } from '../../libs/core/src/config';
import { withDatabaseName } from '../../libs/database/src/admin';
import { CHROMIUM } from './console-app';

const root = join(__dirname, '../..');

function run(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync('node', args, { cwd: root, env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

export default async function globalSetup() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Browser tests need Debian's Chromium at ${CHROMIUM}: run scripts/ensure-services.sh as root (apt-get install chromium)`,
    );
  }
  run(['scripts/build.mjs']);
  run(['scripts/build-console.mjs']);
  const server = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const template = `tracker_browser_tpl_${process.pid}`;
  run(['dist/apps/api/src/cli.js', 'db:prepare'], {
    ...process.env,
    DATABASE_URL: withDatabaseName(server, template),
    LOG_LEVEL: 'warn',
  });
  process.env.BROWSER_DATABASE_SERVER = server;
  process.env.BROWSER_TEMPLATE_DATABASE = template;
  process.env.BROWSER_RUN_ID = String(process.pid);
}
