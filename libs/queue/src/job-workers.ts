import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '@tracker/core';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { JobHandlers } from './job-handlers';
import { JOBS, QUEUES, isJobName } from './job.registry';
import { OutboxRelay } from './outbox-relay';
import { redisOptions } from './redis-options';

/**
 * Runs the jobs: one BullMQ worker per queue, dispatching each job to its handler by name.
 * Starting fails if the registry and the handlers do not match. On shutdown (SIGTERM) the
 * workers stop taking jobs and wait for the running ones; a job cut off by a hard kill is
 * found stalled once its lock expires and is run again.
 */
@Injectable()
export class JobWorkers implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobWorkers.name);
  private readonly workers: Worker[] = [];
  /** Recorded on each job it processes (`processedBy`), to tell workers apart in the dashboard. */
  readonly name = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(
    private readonly handlers: JobHandlers,
    private readonly relay: OutboxRelay,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    this.handlers.resolve();
  }

  onApplicationBootstrap() {
    const handlers = this.handlers.resolve();
    const { queue } = this.config;
    for (const name of QUEUES) {
      if (!Object.values(JOBS).some((job) => job.queue === name)) continue;
      const worker = new Worker(
        name,
        async (job: Job) => {
          const handler = isJobName(job.name) ? handlers.get(job.name) : undefined;
          if (!handler) throw new UnrecoverableError(`no handler for job ${job.name}`);
          const result = await handler(job.data, job);
          this.relay.markDone(job.id);
          return result;
        },
        {
          name: this.name,
          connection: redisOptions(this.config.redisUrl, 'worker'),
          prefix: queue.prefix,
          concurrency: queue.concurrency,
          lockDuration: queue.lockMs,
          stalledInterval: Math.max(1000, Math.floor(queue.lockMs / 2)),
          maxStalledCount: 3,
        },
      );
      worker.on('error', (error) => this.logger.warn(`worker ${name}: ${error.message}`));
      worker.on('failed', (job, error) =>
        this.logger.warn(
          `job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`,
        ),
      );
      this.workers.push(worker);
    }
    this.logger.log(`processing ${handlers.size} job kinds on ${this.workers.length} queues`);
  }

  /** Stops taking jobs and lets the running ones finish before the database closes. */
  async beforeApplicationShutdown() {
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.workers.length = 0;
    await this.relay.flushDone();
  }
}
