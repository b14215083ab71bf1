import { Module } from '@nestjs/common';
import { CheckModule } from '../check/check.module';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [CheckModule],
  providers: [DashboardService],
  exports: [DashboardService],
})
export class DashboardModule {}
