import { Body, Controller, Delete, Get, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEvent, AuditQuery } from '@tracker/audit';
import { Allow, CurrentActor } from '@tracker/auth';
import type { Actor } from '@tracker/core';
import type { ListRequest } from '@tracker/database';
import {
  CreateMeasureKpiDto,
  MeasureContentService,
  MeasureKpi,
  UpdateMeasureKpiDto,
  measureKpiList,
} from '@tracker/pdca';
import { IdParam } from '../common/id-param.decorator';
import { ListEndpoint, ListQuery } from '../common/list.decorators';

@ApiTags('do')
@Controller('measure-kpis')
export class MeasureKpisController {
  constructor(
    private readonly content: MeasureContentService,
    private readonly audit: AuditQuery,
  ) {}

  @Get()
  @Allow('measures.read')
  @ListEndpoint(measureKpiList, MeasureKpi)
  list(@ListQuery(measureKpiList) request: ListRequest) {
    return this.content.listKpis(request);
  }

  @Get(':id')
  @Allow('measures.read')
  @ApiOkResponse({ type: MeasureKpi })
  get(@IdParam() id: string) {
    return this.content.getKpi(id);
  }

  @Post()
  @Allow('measures.edit')
  @ApiOkResponse({ type: MeasureKpi })
  create(@Body() dto: CreateMeasureKpiDto, @CurrentActor() actor: Actor) {
    return this.content.createKpi(dto, actor);
  }

  @Put(':id')
  @Allow('measures.edit')
  @ApiOperation({ summary: 'Edit a KPI; planKpiId links the plan KPI it moves (null unlinks)' })
  @ApiOkResponse({ type: MeasureKpi })
  update(@IdParam() id: string, @Body() dto: UpdateMeasureKpiDto, @CurrentActor() actor: Actor) {
    return this.content.updateKpi(id, dto, actor);
  }

  @Delete(':id')
  @Allow('measures.edit')
  @ApiOkResponse({ type: MeasureKpi })
  async remove(@IdParam() id: string, @CurrentActor() actor: Actor) {
    const kpi = await this.content.getKpi(id);
    await this.content.removeKpi(id, actor);
    return kpi;
  }

  @Get(':id/history')
  @Allow('measures.read')
  @ApiOkResponse({ type: AuditEvent, isArray: true })
  history(@IdParam() id: string) {
    return this.audit.historyOf('measure_kpi', id);
  }
}
