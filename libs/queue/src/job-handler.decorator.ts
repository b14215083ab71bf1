import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobName, JobPayload } from './job.registry';

export const JOB_HANDLER = 'tracker:job-handler';

/**
 * Marks the method that handles the job `name`. It receives the payload (ids only), reloads
 * what it needs and checks its state before acting, so running twice has the effect of once.
 */
export const JobHandler = (name: JobName) => SetMetadata(JOB_HANDLER, name);

export type JobHandlerFn<N extends JobName = JobName> = (
  payload: JobPayload<N>,
  job: Job,
) => Promise<unknown>;
