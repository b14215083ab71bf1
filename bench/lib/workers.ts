import { join } from 'node:path';
import { repositoryRoot } from '../../test/support/api-process';
import { deleteQueueKeys as deleteKeys } from '../../test/support/queue-keys';
import { WorkerProcess } from '../../test/support/worker-process';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * A worker process as production runs it (`npm run bench` has built dist/), on the benchmark's
 * database and its own queue prefix, without the cron scans.
 */
export function startBenchWorker(databaseUrl: string, prefix: string): Promise<WorkerProcess> {
  return WorkerProcess.start(join(repositoryRoot(), 'dist'), {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    WORKER_SCHEDULES: 'false',
    OUTBOX_POLL_MS: '50',
    AUDIT_SEAL_INTERVAL_MS: '0',
  });
}

/** Ends a worker the way an operator does (SIGTERM: running jobs finish first). */
export async function stopBenchWorker(worker: WorkerProcess): Promise<void> {
  if (!worker.alive) return;
  worker.kill('SIGTERM');
  await worker.exited;
}

/** Deletes every Redis key of a benchmark's queue prefix. */
export const deleteQueueKeys = (prefix: string) => deleteKeys(REDIS_URL, prefix);
