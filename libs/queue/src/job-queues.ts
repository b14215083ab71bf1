import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@tracker/core';
import { Queue, type JobsOptions } from 'bullmq';
import { JOBS, QUEUES, type JobName, type QueueName } from './job.registry';
import { redisOptions } from './redis-options';

/** Completed jobs are kept this long, so a late re-delivery of the same job id is a no-op. */
const KEEP_COMPLETED = { age: 7 * 24 * 3600, count: 50_000 };

export interface NewJob {
  name: JobName;
  data: object;
  jobId: string;
  delayMs?: number;
}

/**
 * The producer side of the queues, one BullMQ Queue per registered queue. It never blocks on
 * Redis: while Redis is down every call fails at once (the outbox keeps the work).
 */
@Injectable()
export class JobQueues implements OnApplicationShutdown {
  private readonly logger = new Logger(JobQueues.name);
  private readonly queues = new Map<QueueName, Queue>();
  private lastErrorLog = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: redisOptions(this.config.redisUrl, 'producer'),
        prefix: this.config.queue.prefix,
        defaultJobOptions: {
          backoff: { type: 'exponential', delay: this.config.queue.backoffMs },
          removeOnComplete: KEEP_COMPLETED,
          // Failed jobs stay until an admin retries or removes them.
          removeOnFail: false,
        },
      });
      // Without a listener an 'error' event would crash the process while Redis is down.
      queue.on('error', (error) => this.logThrottled(`queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  all(): Queue[] {
    return QUEUES.map((name) => this.get(name));
  }

  /** Adds jobs; a job id that is already in its queue is not added again. */
  async add(jobs: readonly NewJob[]): Promise<void> {
    const byQueue = new Map<QueueName, { name: string; data: object; opts: JobsOptions }[]>();
    for (const job of jobs) {
      const definition = JOBS[job.name];
      const list = byQueue.get(definition.queue) ?? [];
      list.push({
        name: job.name,
        data: job.data,
        opts: { jobId: job.jobId, attempts: definition.attempts, delay: job.delayMs ?? 0 },
      });
      byQueue.set(definition.queue, list);
    }
    for (const [queue, list] of byQueue) await this.get(queue).addBulk(list);
  }

  /** The jobs among these whose ids their queues do not hold (in any state). */
  async missing(jobs: readonly NewJob[]): Promise<NewJob[]> {
    const held = await Promise.all(
      jobs.map(
        async (job) => (await this.get(JOBS[job.name].queue).getJob(job.jobId)) !== undefined,
      ),
    );
    return jobs.filter((_, i) => !held[i]);
  }

  private logThrottled(message: string) {
    const now = Date.now();
    if (now - this.lastErrorLog < 30_000) return;
    this.lastErrorLog = now;
    this.logger.warn(message);
  }

  async onApplicationShutdown() {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
  }
}
