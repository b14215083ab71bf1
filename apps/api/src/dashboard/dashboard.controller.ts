import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, SignedIn } from '@tracker/auth';
import type { Actor } from '@tracker/core';
import { DashboardService, DashboardView } from '@tracker/pdca';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @SignedIn()
  @ApiOperation({
    summary: 'The PDCA cycle at a glance: one panel per stage the reader may read (null otherwise)',
  })
  @ApiOkResponse({ type: DashboardView })
  get(@CurrentActor() actor: Actor) {
    return this.dashboard.forActor(actor);
  }
}
