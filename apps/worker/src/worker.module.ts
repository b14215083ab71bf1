import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@tracker/audit';
import type { AppConfig } from '@tracker/core';
import { DatabaseModule } from '@tracker/database';
import {
  ActModule,
  CheckModule,
  DoModule,
  NotificationsModule,
  PlanModule,
  ReviewModule,
} from '@tracker/pdca';
import { QueueModule } from '@tracker/queue';
import { LoggerModule } from 'nestjs-pino';
import { CycleEvaluationJobs } from './cycles/cycle-evaluation.job';
import { NotificationJobs } from './notifications/notification.job';
import { OutboxJobs } from './outbox/outbox.job';
import { ReviewJobs } from './review/review.job';
import { ScanJobs } from './scans/scans.job';
import { StatisticsJobs } from './statistics/statistics.job';
import { TriageJobs } from './triage/triage.job';

/**
 * The worker: no HTTP, only the outbox relay, the job handlers and the scheduled scans. A stage
 * plugs in by importing its module here (so its review subject handler is found) and listing
 * its job handlers.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        DatabaseModule.forRoot(config, 'tracker-worker'),
        LoggerModule.forRoot({
          pinoHttp: { level: config.logLevel, customProps: () => ({ service: 'worker' }) },
        }),
        AuditModule,
        QueueModule.forWorker(),
        NotificationsModule,
        ReviewModule,
        PlanModule,
        CheckModule,
        DoModule,
        ActModule,
      ],
      providers: [
        ReviewJobs,
        NotificationJobs,
        OutboxJobs,
        StatisticsJobs,
        TriageJobs,
        ScanJobs,
        CycleEvaluationJobs,
      ],
    };
  }
}
