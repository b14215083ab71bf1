import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobAdmin } from './job-admin';
import { JobHandlers } from './job-handlers';
import { JobQueues } from './job-queues';
import { JobSchedules } from './job-schedules';
import { JobWorkers } from './job-workers';
import { OutboxRelay } from './outbox-relay';

/**
 * `forApi()`: the queues as a producer (the admin dashboard, retries of failed jobs).
 * `forWorker()`: also relays the outbox, runs the job handlers and registers the schedules.
 * Both expect DatabaseModule (APP_CONFIG and the data source) at the root.
 */
@Module({})
export class QueueModule {
  static forApi(): DynamicModule {
    return {
      module: QueueModule,
      providers: [JobQueues, JobAdmin],
      exports: [JobQueues, JobAdmin],
    };
  }

  static forWorker(): DynamicModule {
    return {
      module: QueueModule,
      imports: [DiscoveryModule],
      providers: [JobQueues, JobHandlers, JobWorkers, OutboxRelay, JobSchedules],
      exports: [JobQueues, OutboxRelay],
    };
  }
}
