import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Role } from '@tracker/contracts';
import { Client } from 'pg';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEFAULT_DEMO_PASSWORD } from '../../libs/core/src/config';
import {
  createDatabaseIfMissing,
  dropDatabase,
  withDatabaseName,
} from '../../libs/database/src/admin';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Flags for Debian's Chromium on a machine without a network or a display. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const root = join(__dirname, '../..');
export const ARTIFACTS = join(root, 'test-artifacts/console');

/** The demo users of apps/api/src/seed/users.seed.ts, one per role. */
export const demoUser = (role: Role) => `${role}@demo.example`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The product as a user meets it: the built API (serving the built console) on its own copy
 * of the seeded database, and Debian's Chromium driven by Playwright.
 */
export class ConsoleApp {
  private constructor(
    readonly baseUrl: string,
    private readonly api: ChildProcess,
    private readonly databaseUrl: string,
    readonly browser: Browser,
    private readonly log: string[],
    private readonly worker: ChildProcess | null,
  ) {}

  /**
   * `worker: true` also starts the built worker on the same database (and a queue prefix of its
   * own), for pages that wait on jobs: review tasks are opened by the worker after a submission.
   */
  static async start(options: { worker?: boolean } = {}): Promise<ConsoleApp> {
    const server = process.env.BROWSER_DATABASE_SERVER;
    const template = process.env.BROWSER_TEMPLATE_DATABASE;
    if (!server || !template) throw new Error('browser tests need their jest globalSetup');
    const name = `tracker_browser_${process.env.BROWSER_RUN_ID}_${randomUUID().slice(0, 8)}`;
    const databaseUrl = withDatabaseName(server, name);
    await createDatabaseIfMissing(databaseUrl, template);
    const port = await freePort();
    const log: string[] = [];
    const api = spawn('node', ['--enable-source-maps', 'dist/apps/api/src/main.js'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        CONSOLE_DIR: join(root, 'dist/console'),
        AUDIT_SEAL_INTERVAL_MS: '200',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout?.on('data', (chunk) => log.push(String(chunk)));
    api.stderr?.on('data', (chunk) => log.push(String(chunk)));
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitUntilLive(baseUrl, api, log);
    const worker = options.worker ? await startWorker(databaseUrl, name, log) : null;
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_FLAGS,
      headless: true,
    });
    return new ConsoleApp(baseUrl, api, databaseUrl, browser, log, worker);
  }

  /**
   * A fresh browser profile (no stored session, language or preferences). The browser's own
   * time zone is not Japan's, so the console must show Japan time by itself.
   */
  async newContext(): Promise<BrowserContext> {
    const context = await this.browser.newContext({
      baseURL: this.baseUrl,
      viewport: { width: 1366, height: 900 },
      locale: 'en-GB',
      timezoneId: 'America/New_York',
    });
    // Generous: a shared 2-core machine can be slow, and a wait ends as soon as its target shows.
    context.setDefaultTimeout(60_000);
    return context;
  }

  async signIn(role: Role): Promise<Page> {
    const context = await this.newContext();
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel(/メールアドレス|E-mail/).fill(demoUser(role));
    await page.getByLabel(/パスワード|Password/).fill(DEFAULT_DEMO_PASSWORD);
    await page.getByRole('button', { name: /ログイン|Sign in/ }).click();
    await page.getByRole('menuitem', { name: /ダッシュボード|Dashboard/ }).waitFor();
    return page;
  }

  /** Saves a screenshot under test-artifacts/console/ (git-ignored). */
  async screenshot(page: Page, name: string): Promise<void> {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  }

  /** Serious and critical accessibility violations on the page (WCAG 2.1 A and AA rules). */
  async accessibilityViolations(page: Page): Promise<string[]> {
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  /** Runs SQL on this test's database, bypassing the API (to tamper with the audit trail). */
  async sql(text: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
    const client = new Client({ connectionString: this.databaseUrl });
    await client.connect();
    try {
      return (await client.query(text, params)).rows;
    } finally {
      await client.end();
    }
  }

  /** What the API printed (for a failing test's message). */
  apiLog(): string {
    return this.log.join('');
  }

  async stop(): Promise<void> {
    await this.browser.close();
    for (const child of [this.worker, this.api]) {
      if (!child || child.exitCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await dropDatabase(this.databaseUrl);
  }
}

async function startWorker(databaseUrl: string, prefix: string, log: string[]) {
  const worker = spawn('node', ['--enable-source-maps', 'dist/apps/worker/src/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      QUEUE_PREFIX: prefix,
      OUTBOX_POLL_MS: '200',
      WORKER_SCHEDULES: 'false',
      AUDIT_SEAL_INTERVAL_MS: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  worker.stdout?.on('data', (chunk) => log.push(String(chunk)) && (output += String(chunk)));
  worker.stderr?.on('data', (chunk) => log.push(String(chunk)));
  const deadline = Date.now() + 30_000;
  while (!/ready/.test(output)) {
    if (worker.exitCode !== null || Date.now() > deadline) {
      throw new Error(`the worker did not start:\n${log.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return worker;
}

async function waitUntilLive(baseUrl: string, api: ChildProcess, log: string[]) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`the API exited:\n${log.join('')}`);
    try {
      if ((await fetch(`${baseUrl}/api/v1/health/live`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the API did not start:\n${log.join('')}`);
}
