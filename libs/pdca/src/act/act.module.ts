import { CacheModule } from '@nestjs/cache-manager';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PublicCache } from './public-cache';
import { AuditModule } from '@tracker/audit';
import { CheckModule } from '../check/check.module';
import { PlanModule } from '../plan/plan.module';
import { ReviewModule } from '../review/review.module';
import { ACT_ENTITIES } from './act.entities';
import { AmendmentReviewSubject } from './amendment-review.subject';
import { AmendmentsService } from './amendments.service';
import { CycleEvaluationFigures } from './cycle-evaluation.figures';
import { CycleEvaluationsService } from './cycle-evaluations.service';
import { CyclesService } from './cycles.service';
import { GuidanceExportService } from './guidance-export.service';
import { GuidanceFollowUpScanService } from './guidance-follow-up-scan.service';
import { GuidanceQueriesService } from './guidance-queries.service';
import { GuidanceReviewSubject } from './guidance-review.subject';
import { GuidanceService } from './guidance.service';
import { OpenDataService } from './open-data.service';
import { PublicGuidanceService } from './public-guidance.service';
import { PublicPlanService } from './public-plan.service';
import { PublicStatisticsService } from './public-statistics.service';
import { TraceService } from './trace.service';

const SERVICES = [
  GuidanceService,
  GuidanceQueriesService,
  GuidanceExportService,
  GuidanceFollowUpScanService,
  AmendmentsService,
  CyclesService,
  CycleEvaluationsService,
  TraceService,
  PublicGuidanceService,
  PublicPlanService,
  PublicStatisticsService,
  OpenDataService,
];

/**
 * The Act stage: guidance and amendments (both decided through review tasks), the fiscal-year
 * cycle, traces across the stages, and what the public sees.
 */
@Module({
  imports: [
    AuditModule,
    ReviewModule,
    PlanModule,
    CheckModule,
    CacheModule.register(),
    TypeOrmModule.forFeature(ACT_ENTITIES),
  ],
  providers: [
    ...SERVICES,
    CycleEvaluationFigures,
    PublicCache,
    GuidanceReviewSubject,
    AmendmentReviewSubject,
  ],
  exports: SERVICES,
})
export class ActModule {}
