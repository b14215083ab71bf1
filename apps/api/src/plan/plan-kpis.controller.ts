import { Body, Controller, Delete, Get, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditEvent, AuditQuery } from '@tracker/audit';
import { Allow, CurrentActor } from '@tracker/auth';
import type { Actor } from '@tracker/core';
import type { ListRequest } from '@tracker/database';
import {
  CreatePlanKpiDto,
  PlanContentService,
  PlanKpi,
  UpdatePlanKpiDto,
  planKpiList,
} from '@tracker/pdca';
import { IdParam } from '../common/id-param.decorator';
import { ListEndpoint, ListQuery } from '../common/list.decorators';

@ApiTags('plan')
@Controller('plan-kpis')
export class PlanKpisController {
  constructor(
    private readonly content: PlanContentService,
    private readonly audit: AuditQuery,
  ) {}

  @Get()
  @Allow('plan.read')
  @ListEndpoint(planKpiList, PlanKpi)
  list(@ListQuery(planKpiList) request: ListRequest) {
    return this.content.listKpis(request);
  }

  @Get(':id')
  @Allow('plan.read')
  @ApiOkResponse({ type: PlanKpi })
  get(@IdParam() id: string) {
    return this.content.getKpi(id);
  }

  @Post()
  @Allow('plan.edit')
  @ApiOkResponse({ type: PlanKpi })
  create(@Body() dto: CreatePlanKpiDto, @CurrentActor() actor: Actor) {
    return this.content.createKpi(dto, actor);
  }

  @Put(':id')
  @Allow('plan.edit')
  @ApiOkResponse({ type: PlanKpi })
  update(@IdParam() id: string, @Body() dto: UpdatePlanKpiDto, @CurrentActor() actor: Actor) {
    return this.content.updateKpi(id, dto, actor);
  }

  @Delete(':id')
  @Allow('plan.edit')
  @ApiOkResponse({ type: PlanKpi })
  async remove(@IdParam() id: string, @CurrentActor() actor: Actor) {
    const kpi = await this.content.getKpi(id);
    await this.content.removeKpi(id, actor);
    return kpi;
  }

  @Get(':id/history')
  @Allow('plan.read')
  @ApiOkResponse({ type: AuditEvent, isArray: true })
  history(@IdParam() id: string) {
    return this.audit.historyOf('plan_kpi', id);
  }
}
