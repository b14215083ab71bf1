import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@tracker/audit';
import { AuthModule } from '@tracker/auth';
import type { AppConfig } from '@tracker/core';
import { DatabaseModule } from '@tracker/database';
import { ActModule, CheckModule, DoModule, PlanModule, ReviewModule } from '@tracker/pdca';
import { ActSeed } from './act.seed';
import { CheckSeed } from './check.seed';
import { DoSeed } from './do.seed';
import { PlanSeed } from './plan.seed';
import { ReviewSeed } from './review.seed';
import { Seeder } from './seeder';
import { UsersSeed } from './users.seed';

/** The services the demo data is written through, so it is validated and audited like real use. */
@Module({})
export class SeedModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: SeedModule,
      imports: [
        DatabaseModule.forRoot(config, 'tracker-seed'),
        AuditModule,
        AuthModule,
        PlanModule,
        DoModule,
        CheckModule,
        ReviewModule,
        ActModule,
      ],
      providers: [Seeder, UsersSeed, PlanSeed, DoSeed, CheckSeed, ActSeed, ReviewSeed],
    };
  }
}
