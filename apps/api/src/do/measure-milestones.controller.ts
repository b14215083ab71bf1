import { Body, Controller, Delete, Get, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEvent, AuditQuery } from '@tracker/audit';
import { Allow, CurrentActor } from '@tracker/auth';
import type { Actor } from '@tracker/core';
import type { ListRequest } from '@tracker/database';
import {
  CreateMeasureMilestoneDto,
  MeasureContentService,
  MeasureMilestone,
  UpdateMeasureMilestoneDto,
  measureMilestoneList,
} from '@tracker/pdca';
import { IdParam } from '../common/id-param.decorator';
import { ListEndpoint, ListQuery } from '../common/list.decorators';

@ApiTags('do')
@Controller('measure-milestones')
export class MeasureMilestonesController {
  constructor(
    private readonly content: MeasureContentService,
    private readonly audit: AuditQuery,
  ) {}

  @Get()
  @Allow('measures.read')
  @ListEndpoint(measureMilestoneList, MeasureMilestone)
  list(@ListQuery(measureMilestoneList) request: ListRequest) {
    return this.content.listMilestones(request);
  }

  @Get(':id')
  @Allow('measures.read')
  @ApiOkResponse({ type: MeasureMilestone })
  get(@IdParam() id: string) {
    return this.content.getMilestone(id);
  }

  @Post()
  @Allow('measures.edit')
  @ApiOkResponse({ type: MeasureMilestone })
  create(@Body() dto: CreateMeasureMilestoneDto, @CurrentActor() actor: Actor) {
    return this.content.createMilestone(dto, actor);
  }

  @Put(':id')
  @Allow('measures.edit')
  @ApiOperation({ summary: 'Edit a milestone; set doneOn when it is done (null reopens it)' })
  @ApiOkResponse({ type: MeasureMilestone })
  update(
    @IdParam() id: string,
    @Body() dto: UpdateMeasureMilestoneDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.content.updateMilestone(id, dto, actor);
  }

  @Delete(':id')
  @Allow('measures.edit')
  @ApiOkResponse({ type: MeasureMilestone })
  async remove(@IdParam() id: string, @CurrentActor() actor: Actor) {
    const milestone = await this.content.getMilestone(id);
    await this.content.removeMilestone(id, actor);
    return milestone;
  }

  @Get(':id/history')
  @Allow('measures.read')
  @ApiOkResponse({ type: AuditEvent, isArray: true })
  history(@IdParam() id: string) {
    return this.audit.historyOf('measure_milestone', id);
  }
}
