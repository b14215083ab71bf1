import { Injectable } from '@nestjs/common';
import { NotFoundError, UnavailableError } from '@tracker/core';
import type { Job } from 'bullmq';
import { JobQueues } from './job-queues';
import { QUEUES, type QueueName } from './job.registry';

export interface FailedJobView {
  queue: QueueName;
  id: string;
  name: string;
  data: unknown;
  attemptsMade: number;
  failedReason: string;
  stacktrace: string[];
  createdAt: string;
  failedAt: string | null;
}

const view = (queue: QueueName, job: Job): FailedJobView => ({
  queue,
  id: String(job.id),
  name: job.name,
  data: job.data,
  attemptsMade: job.attemptsMade,
  failedReason: job.failedReason,
  stacktrace: job.stacktrace ?? [],
  createdAt: new Date(job.timestamp).toISOString(),
  failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
});

/** What an admin does with jobs that exhausted their retries: see them, run them again. */
@Injectable()
export class JobAdmin {
  constructor(private readonly queues: JobQueues) {}

  async failed(limit = 100): Promise<FailedJobView[]> {
    return this.redis(async () => {
      const lists = await Promise.all(
        QUEUES.map(async (queue) =>
          (await this.queues.get(queue).getFailed(0, limit - 1)).map((job) => view(queue, job)),
        ),
      );
      return lists.flat().sort((a, b) => (b.failedAt ?? '').localeCompare(a.failedAt ?? ''));
    });
  }

  async retry(queue: string, id: string): Promise<FailedJobView> {
    if (!(QUEUES as readonly string[]).includes(queue)) throw new NotFoundError('queue', queue);
    const name = queue as QueueName;
    return this.redis(async () => {
      const job = await this.queues.get(name).getJob(id);
      if (!job || !(await job.isFailed())) throw new NotFoundError('failed job', `${queue}/${id}`);
      await job.retry('failed');
      return view(name, job);
    });
  }

  private async redis<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof NotFoundError) throw error;
      throw new UnavailableError(
        `The job queues are not available: ${(error as Error).message}`,
        'queues_unavailable',
      );
    }
  }
}
