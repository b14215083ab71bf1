import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEvent } from '@tracker/audit';
import { Allow, CurrentActor } from '@tracker/auth';
import type { Actor } from '@tracker/core';
import type { ListRequest } from '@tracker/database';
import {
  ConcludeInvestigationDto,
  CreateCommentDto,
  CreateInvestigationDto,
  InvestigationsService,
  UpdateInvestigationDto,
  investigationList,
} from '@tracker/pdca';
import { EmptyBody } from '../common/empty-body.decorator';
import { IdParam } from '../common/id-param.decorator';
import { ListEndpoint, ListQuery } from '../common/list.decorators';
import { InvestigationResponse, TimelineEntryView } from './check.responses';

@ApiTags('check')
@Controller('investigations')
export class InvestigationsController {
  constructor(private readonly investigations: InvestigationsService) {}

  @Get()
  @Allow('investigations.read')
  @ListEndpoint(investigationList, InvestigationResponse)
  list(@ListQuery(investigationList) request: ListRequest, @CurrentActor() actor: Actor) {
    return this.investigations.list(request, actor);
  }

  @Get(':id')
  @Allow('investigations.read')
  @ApiOkResponse({ type: InvestigationResponse })
  get(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.investigations.get(id, actor);
  }

  @Post()
  @Allow('investigations.write')
  @ApiOperation({
    summary: 'Open an investigation; its reported and triaged incidents go under investigation',
  })
  @ApiOkResponse({ type: InvestigationResponse })
  create(@Body() dto: CreateInvestigationDto, @CurrentActor() actor: Actor) {
    return this.investigations.create(dto, actor);
  }

  @Put(':id')
  @Allow('investigations.write')
  @ApiOperation({ summary: 'Edit (incidentIds may grow, never shrink)' })
  @ApiOkResponse({ type: InvestigationResponse })
  update(@IdParam() id: string, @Body() dto: UpdateInvestigationDto, @CurrentActor() actor: Actor) {
    return this.investigations.update(id, dto, actor);
  }

  @Post(':id/gather')
  @HttpCode(200)
  @Allow('investigations.write')
  @ApiOperation({ summary: 'open → gathering_information' })
  @ApiOkResponse({ type: InvestigationResponse })
  gather(@IdParam() id: string, @EmptyBody() _body: undefined, @CurrentActor() actor: Actor) {
    return this.investigations.gather(id, actor);
  }

  @Post(':id/analyse')
  @HttpCode(200)
  @Allow('investigations.write')
  @ApiOperation({ summary: 'open | gathering_information → analysis' })
  @ApiOkResponse({ type: InvestigationResponse })
  analyse(@IdParam() id: string, @EmptyBody() _body: undefined, @CurrentActor() actor: Actor) {
    return this.investigations.analyse(id, actor);
  }

  @Post(':id/review')
  @HttpCode(200)
  @Allow('investigations.write')
  @ApiOperation({ summary: 'analysis → findings_in_review (needs a finding)' })
  @ApiOkResponse({ type: InvestigationResponse })
  review(@IdParam() id: string, @EmptyBody() _body: undefined, @CurrentActor() actor: Actor) {
    return this.investigations.review(id, actor);
  }

  @Post(':id/revise')
  @HttpCode(200)
  @Allow('investigations.write')
  @ApiOperation({ summary: 'findings_in_review → analysis' })
  @ApiOkResponse({ type: InvestigationResponse })
  revise(@IdParam() id: string, @EmptyBody() _body: undefined, @CurrentActor() actor: Actor) {
    return this.investigations.revise(id, actor);
  }

  @Post(':id/conclude')
  @HttpCode(200)
  @Allow('investigations.write')
  @ApiOperation({
    summary:
      'findings_in_review → concluded: needs an accepted finding, none in review, and every request answered or closed',
  })
  @ApiOkResponse({ type: InvestigationResponse })
  conclude(
    @IdParam() id: string,
    @Body() dto: ConcludeInvestigationDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.investigations.conclude(id, dto, actor);
  }

  @Get(':id/history')
  @Allow('investigations.read')
  @ApiOkResponse({ type: AuditEvent, isArray: true })
  history(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.investigations.history(id, actor);
  }

  @Get(':id/timeline')
  @Allow('investigations.read')
  @ApiOperation({
    summary: 'Comments and changes of the investigation, its requests and findings, redacted',
  })
  @ApiOkResponse({ type: TimelineEntryView, isArray: true })
  timeline(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.investigations.timeline(id, actor);
  }

  @Post(':id/comments')
  @Allow('check.comment')
  @ApiOperation({ summary: 'Comment on the investigation' })
  comment(@IdParam() id: string, @Body() dto: CreateCommentDto, @CurrentActor() actor: Actor) {
    return this.investigations.comment(id, dto.body, actor);
  }
}
