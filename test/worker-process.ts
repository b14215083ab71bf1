import { spawnSync } from 'node:child_process';
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

export { WorkerProcess } from './support/worker-process';
