import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@tracker/audit';
import { NotificationsModule } from '../notifications';
import { ReviewSubjects } from './review-subject';
import { ReviewTask } from './review-task.entity';
import { ReviewTasksService } from './review-tasks.service';
import { ReviewWorkflow } from './review-workflow.service';

export const REVIEW_ENTITIES = [ReviewTask];

/**
 * Review tasks of every stage. A stage plugs in by providing a `@ReviewSubject()` handler for
 * its record type (see plan/plan-review.subject.ts) and emitting `review.open-task`.
 */
@Module({
  imports: [
    AuditModule,
    DiscoveryModule,
    NotificationsModule,
    TypeOrmModule.forFeature(REVIEW_ENTITIES),
  ],
  providers: [ReviewSubjects, ReviewTasksService, ReviewWorkflow],
  exports: [ReviewTasksService, ReviewWorkflow, NotificationsModule],
})
export class ReviewModule {}
