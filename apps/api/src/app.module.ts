import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { AuditModule } from '@tracker/audit';
import { AccessGuard, AuthModule } from '@tracker/auth';
import type { AppConfig } from '@tracker/core';
import { DatabaseModule } from '@tracker/database';
import { DoModule, PlanModule } from '@tracker/pdca';
import { LoggerModule } from 'nestjs-pino';
import { AuditEventsController } from './audit/audit-events.controller';
import { AuthController } from './auth/auth.controller';
import { UsersController } from './auth/users.controller';
import { HttpErrorFilter } from './common/http-error.filter';
import { PageInterceptor } from './common/page.interceptor';
import { StrictValidationPipe } from './common/validation.pipe';
import { MeasureKpisController } from './do/measure-kpis.controller';
import { MeasureMilestonesController } from './do/measure-milestones.controller';
import { MeasuresController } from './do/measures.controller';
import { ProgressReportsController } from './do/progress-reports.controller';
import { HealthController } from './health/health.controller';
import { PlanKpisController } from './plan/plan-kpis.controller';
import { PlanObjectivesController } from './plan/plan-objectives.controller';
import { PlanVersionsController } from './plan/plan-versions.controller';

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
        PlanModule,
        DoModule,
      ],
      controllers: [
        HealthController,
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
