import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@tracker/audit';
import { PlanContentService } from './plan-content.service';
import { PLAN_DRAFT_PARTICIPANTS, type PlanDraftParticipant } from './plan-draft-participants';
import { PlanKpi } from './plan-kpi.entity';
import { PlanObjective } from './plan-objective.entity';
import { PlanVersion } from './plan-version.entity';
import { ReviewModule } from '../review/review.module';
import { PlanReviewSubject } from './plan-review.subject';
import { PlanVersionsService } from './plan-versions.service';

export const PLAN_ENTITIES = [PlanVersion, PlanObjective, PlanKpi];

@Module({
  imports: [AuditModule, ReviewModule, TypeOrmModule.forFeature(PLAN_ENTITIES)],
  providers: [
    PlanVersionsService,
    PlanContentService,
    PlanReviewSubject,
    { provide: PLAN_DRAFT_PARTICIPANTS, useFactory: (): PlanDraftParticipant[] => [] },
  ],
  exports: [PlanVersionsService, PlanContentService, PLAN_DRAFT_PARTICIPANTS],
})
export class PlanModule {}
