import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '@tracker/core';

const root = join(__dirname, '..');

/**
 * Builds the product into a directory of this test's own (the shared dist/ may be in use) and
 * returns it. Call `removeBuild` when done.
 */
export function buildWorker(): string {
  const out = `.test-results/build-${process.pid}-${Date.now()}`;
  const run = spawnSync('node', ['scripts/build.mjs', '--out', out], { cwd: root });
  if (run.status !== 0) throw new Error(`build failed: ${run.stderr.toString()}`);
  return join(root, out);
}

export function removeBuild(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}

/** Environment of a worker process with the test's configuration. */
export function workerEnv(config: AppConfig): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'test',
    // Warnings and errors reach `output`, where fault tests look for what the worker reported.
    LOG_LEVEL: 'warn',
    DATABASE_URL: config.databaseUrl,
    REDIS_URL: config.redisUrl,
    QUEUE_PREFIX: config.queue.prefix,
    OUTBOX_POLL_MS: String(config.queue.outboxPollMs),
    JOB_BACKOFF_MS: String(config.queue.backoffMs),
    JOB_LOCK_MS: String(config.queue.lockMs),
    QUEUE_RECOVERY_MS: String(config.queue.recoveryMs),
    WORKER_SCHEDULES: 'false',
    AUDIT_SEAL_INTERVAL_MS: '0',
    ...(config.mail.smtpUrl ? { SMTP_URL: config.mail.smtpUrl } : {}),
  };
}

/** A real worker process (`node dist/apps/worker/src/main.js`), to kill and to stop. */
export class WorkerProcess {
  output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk) => (this.output += chunk));
    child.stderr?.on('data', (chunk) => (this.output += chunk));
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
  }

  static async start(buildDir: string, env: Record<string, string>): Promise<WorkerProcess> {
    const child = spawn('node', [join(buildDir, 'apps/worker/src/main.js')], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new WorkerProcess(child);
    const deadline = Date.now() + 15_000;
    while (!/ready/.test(worker.output)) {
      if (child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`worker did not start: ${worker.output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return worker;
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** The same process is still running. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  kill(signal: NodeJS.Signals) {
    this.child.kill(signal);
  }

  /** Ends the process if it still runs (cleanup). */
  async stop() {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
  }
}
