import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@tracker/auth';
import { PublicPlanService, PublicStatisticsService } from '@tracker/pdca';
import { IncidentStatisticsResponse } from './public.responses';

/** The plan in force and anonymised incident statistics, for anyone. */
@ApiTags('public')
@Controller('public')
export class PublicPlanController {
  constructor(
    private readonly plans: PublicPlanService,
    private readonly statistics: PublicStatisticsService,
  ) {}

  @Get('plan')
  @Public()
  @ApiOperation({
    summary:
      'The approved AI Basic Plan: objectives, KPIs, measures with their progress and ratings',
  })
  plan() {
    return this.plans.plan();
  }

  @Get('incident-statistics')
  @Public()
  @ApiOperation({
    summary:
      'Incidents by sector, risk category, severity and month; cells under 3 are suppressed, with no way back through the totals',
  })
  @ApiOkResponse({ type: IncidentStatisticsResponse })
  incidentStatistics() {
    return this.statistics.incidents();
  }
}
