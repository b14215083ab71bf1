import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AuditEvent, AuditQuery } from '@tracker/audit';
import { Allow, CurrentActor } from '@tracker/auth';
import { PLAN_VERSION_MOVE_PERMISSIONS as MOVE } from '@tracker/contracts';
import type { Actor } from '@tracker/core';
import type { ListRequest } from '@tracker/database';
import {
  AmendPlanVersionDto,
  ApprovePlanVersionDto,
  CreatePlanVersionDto,
  PlanVersion,
  PlanVersionsService,
  ProposePlanVersionDto,
  UpdatePlanVersionDto,
  WithdrawPlanVersionDto,
  planVersionList,
} from '@tracker/pdca';
import { IsUUID } from 'class-validator';
import { IdParam } from '../common/id-param.decorator';
import { ListEndpoint, ListQuery } from '../common/list.decorators';

class PlanVersionResponse extends PlanVersion {
  @ApiProperty({ description: 'Moves allowed from the current status', type: [String] })
  actions: string[];
}

class CompareQuery {
  @ApiProperty({ format: 'uuid', description: 'The version to compare with (the "to" side)' })
  @IsUUID()
  with: string;
}

@ApiTags('plan')
@Controller('plan-versions')
export class PlanVersionsController {
  constructor(
    private readonly versions: PlanVersionsService,
    private readonly audit: AuditQuery,
  ) {}

  @Get()
  @Allow('plan.read')
  @ListEndpoint(planVersionList, PlanVersionResponse)
  list(@ListQuery(planVersionList) request: ListRequest) {
    return this.versions.list(request);
  }

  @Get(':id')
  @Allow('plan.read')
  @ApiOkResponse({ type: PlanVersionResponse })
  get(@IdParam() id: string) {
    return this.versions.get(id);
  }

  @Post()
  @Allow('plan.edit')
  @ApiOperation({ summary: 'Start a new plan from scratch (later versions come from amend)' })
  @ApiOkResponse({ type: PlanVersionResponse })
  create(@Body() dto: CreatePlanVersionDto, @CurrentActor() actor: Actor) {
    return this.versions.create(dto, actor);
  }

  @Put(':id')
  @Allow('plan.edit')
  @ApiOperation({ summary: 'Edit a draft (send the version you read)' })
  @ApiOkResponse({ type: PlanVersionResponse })
  update(@IdParam() id: string, @Body() dto: UpdatePlanVersionDto, @CurrentActor() actor: Actor) {
    return this.versions.update(id, dto, actor);
  }

  @Delete(':id')
  @Allow('plan.edit')
  @ApiOperation({ summary: 'Delete a draft' })
  async remove(@IdParam() id: string, @CurrentActor() actor: Actor) {
    const version = await this.versions.get(id);
    await this.versions.remove(id, actor);
    return version;
  }

  @Post(':id/propose')
  @HttpCode(200)
  @Allow(MOVE.propose)
  @ApiOperation({ summary: 'Record the AI Strategic Headquarters’ proposal: draft → proposed' })
  @ApiOkResponse({ type: PlanVersionResponse })
  propose(@IdParam() id: string, @Body() dto: ProposePlanVersionDto, @CurrentActor() actor: Actor) {
    return this.versions.propose(id, dto, actor);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Allow(MOVE.withdraw)
  @ApiOperation({ summary: 'Take a proposal back to draft, with the reason' })
  @ApiOkResponse({ type: PlanVersionResponse })
  withdraw(
    @IdParam() id: string,
    @Body() dto: WithdrawPlanVersionDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.versions.withdraw(id, dto, actor);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Allow(MOVE.approve)
  @ApiOperation({
    summary:
      'Record the Cabinet decision: proposed → approved; the previous approved version is superseded',
  })
  @ApiOkResponse({ type: PlanVersionResponse })
  approve(@IdParam() id: string, @Body() dto: ApprovePlanVersionDto, @CurrentActor() actor: Actor) {
    return this.versions.approve(id, dto, actor);
  }

  @Post(':id/amend')
  @Allow(MOVE.amend)
  @ApiOperation({
    summary: 'Open a new draft from the approved version, copying objectives and KPIs',
  })
  @ApiOkResponse({ type: PlanVersionResponse })
  amend(@IdParam() id: string, @Body() dto: AmendPlanVersionDto, @CurrentActor() actor: Actor) {
    return this.versions.amend(id, dto, actor);
  }

  @Get(':id/compare')
  @Allow('plan.read')
  @ApiOperation({
    summary: 'Objectives and KPIs added, removed and changed from this version to another',
  })
  compare(@IdParam() id: string, @Query() query: CompareQuery) {
    return this.versions.compare(id, query.with);
  }

  @Get(':id/history')
  @Allow('plan.read')
  @ApiOkResponse({ type: AuditEvent, isArray: true })
  history(@IdParam() id: string) {
    return this.audit.historyOf('plan_version', id);
  }
}
