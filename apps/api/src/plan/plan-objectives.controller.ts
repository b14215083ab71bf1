import { Body, Controller, Delete, Get, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditEvent, AuditQuery } from '@tracker/audit';
import { Allow, CurrentActor } from '@tracker/auth';
import type { Actor } from '@tracker/core';
import type { ListRequest } from '@tracker/database';
import {
  CreatePlanObjectiveDto,
  PlanContentService,
  PlanObjective,
  UpdatePlanObjectiveDto,
  planObjectiveList,
} from '@tracker/pdca';
import { IdParam } from '../common/id-param.decorator';
import { ListEndpoint, ListQuery } from '../common/list.decorators';

@ApiTags('plan')
@Controller('plan-objectives')
export class PlanObjectivesController {
  constructor(
    private readonly content: PlanContentService,
    private readonly audit: AuditQuery,
  ) {}

  @Get()
  @Allow('plan.read')
  @ListEndpoint(planObjectiveList, PlanObjective)
  list(@ListQuery(planObjectiveList) request: ListRequest) {
    return this.content.listObjectives(request);
  }

  @Get(':id')
  @Allow('plan.read')
  @ApiOkResponse({ type: PlanObjective })
  get(@IdParam() id: string) {
    return this.content.getObjective(id);
  }

  @Post()
  @Allow('plan.edit')
  @ApiOkResponse({ type: PlanObjective })
  create(@Body() dto: CreatePlanObjectiveDto, @CurrentActor() actor: Actor) {
    return this.content.createObjective(dto, actor);
  }

  @Put(':id')
  @Allow('plan.edit')
  @ApiOkResponse({ type: PlanObjective })
  update(@IdParam() id: string, @Body() dto: UpdatePlanObjectiveDto, @CurrentActor() actor: Actor) {
    return this.content.updateObjective(id, dto, actor);
  }

  @Delete(':id')
  @Allow('plan.edit')
  @ApiOkResponse({ type: PlanObjective })
  async remove(@IdParam() id: string, @CurrentActor() actor: Actor) {
    const objective = await this.content.getObjective(id);
    await this.content.removeObjective(id, actor);
    return objective;
  }

  @Get(':id/history')
  @Allow('plan.read')
  @ApiOkResponse({ type: AuditEvent, isArray: true })
  history(@IdParam() id: string) {
    return this.audit.historyOf('plan_objective', id);
  }
}
