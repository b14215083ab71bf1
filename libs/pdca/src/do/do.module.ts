import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { MeasureScansService } from './measure-scans.service';
import { AuditModule } from '@tracker/audit';
import { PlanModule } from '../plan/plan.module';
import { MeasureContentService } from './measure-content.service';
import { MeasureKpi } from './measure-kpi.entity';
import { MeasureMilestone } from './measure-milestone.entity';
import { MeasureObjective } from './measure-objective.entity';
import { Measure } from './measure.entity';
import { MeasuresPlanParticipant } from './measures-plan-participant';
import { MeasuresService } from './measures.service';
import { ProgressReport } from './progress-report.entity';
import { ProgressReportsService } from './progress-reports.service';

export const DO_ENTITIES = [
  Measure,
  MeasureObjective,
  MeasureMilestone,
  MeasureKpi,
  ProgressReport,
];

/** The Do stage: measures, their milestones and KPIs, and quarterly progress reports. */
@Module({
  imports: [AuditModule, PlanModule, NotificationsModule, TypeOrmModule.forFeature(DO_ENTITIES)],
  providers: [
    MeasuresService,
    MeasureContentService,
    ProgressReportsService,
    MeasuresPlanParticipant,
    MeasureScansService,
  ],
  exports: [MeasuresService, MeasureContentService, ProgressReportsService, MeasureScansService],
})
export class DoModule {}
