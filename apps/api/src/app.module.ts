import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { AuditModule } from '@tracker/audit';
import { AccessGuard, AuthModule } from '@tracker/auth';
import type { AppConfig } from '@tracker/core';
import { DatabaseModule } from '@tracker/database';
import {
  ActModule,
  CheckModule,
  DashboardModule,
  DoModule,
  NotificationsModule,
  PlanModule,
  ReviewModule,
} from '@tracker/pdca';
import { QueueModule } from '@tracker/queue';
import { LoggerModule } from 'nestjs-pino';
import { AmendmentsController } from './act/amendments.controller';
import { CycleEvaluationsController } from './act/cycle-evaluations.controller';
import { CyclesController } from './act/cycles.controller';
import { GuidanceController } from './act/guidance.controller';
import { TraceController } from './act/trace.controller';
import { JobsController } from './admin/jobs.controller';
import { AuditEventsController } from './audit/audit-events.controller';
import { AuthController } from './auth/auth.controller';
import { FindingsController } from './check/findings.controller';
import { IncidentsController } from './check/incidents.controller';
import { InformationRequestsController } from './check/information-requests.controller';
import { InvestigationsController } from './check/investigations.controller';
import { OrganisationsController } from './check/organisations.controller';
import { UsersController } from './auth/users.controller';
import { HttpErrorFilter } from './common/http-error.filter';
import { PageInterceptor } from './common/page.interceptor';
import { StrictValidationPipe } from './common/validation.pipe';
import { MeasureKpisController } from './do/measure-kpis.controller';
import { MeasureMilestonesController } from './do/measure-milestones.controller';
import { MeasuresController } from './do/measures.controller';
import { ProgressReportsController } from './do/progress-reports.controller';
import { DashboardController } from './dashboard/dashboard.controller';
import { HealthController } from './health/health.controller';
import { PlanKpisController } from './plan/plan-kpis.controller';
import { PlanObjectivesController } from './plan/plan-objectives.controller';
import { PlanVersionsController } from './plan/plan-versions.controller';
import { OpenDataController } from './public/open-data.controller';
import { PublicGuidanceController } from './public/public-guidance.controller';
import { PublicPlanController } from './public/public-plan.controller';
import { NotificationsController } from './review/notifications.controller';
import { ReviewTasksController } from './review/review-tasks.controller';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(config, 'tracker-api'),
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            genReqId: (request) => String(request.headers['x-request-id']),
            redact: ['req.headers.authorization', 'req.headers.cookie', 'req.body.password'],
            customProps: () => ({ service: 'api' }),
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                url: req.url,
              }),
            },
          },
        }),
        TerminusModule.forRoot({ logger: false }),
        AuditModule,
        AuthModule,
        QueueModule.forApi(),
        NotificationsModule,
        ReviewModule,
        PlanModule,
        DoModule,
        CheckModule,
        DashboardModule,
        ActModule,
      ],
      controllers: [
        HealthController,
        DashboardController,
        AuthController,
        UsersController,
        AuditEventsController,
        PlanVersionsController,
        PlanObjectivesController,
        PlanKpisController,
        MeasuresController,
        MeasureMilestonesController,
        MeasureKpisController,
        ProgressReportsController,
        OrganisationsController,
        IncidentsController,
        InvestigationsController,
        InformationRequestsController,
        FindingsController,
        GuidanceController,
        AmendmentsController,
        CyclesController,
        CycleEvaluationsController,
        TraceController,
        PublicGuidanceController,
        PublicPlanController,
        OpenDataController,
        ReviewTasksController,
        NotificationsController,
        JobsController,
      ],
      providers: [
        { provide: APP_GUARD, useExisting: AccessGuard },
        { provide: APP_PIPE, useClass: StrictValidationPipe },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        { provide: APP_INTERCEPTOR, useClass: PageInterceptor },
      ],
    };
  }
}
