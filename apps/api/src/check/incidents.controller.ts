import { Body, Controller, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AuditEvent } from '@tracker/audit';
import { Allow, CurrentActor } from '@tracker/auth';
import type { Actor } from '@tracker/core';
import type { ListRequest } from '@tracker/database';
import {
  CloseIncidentDto,
  CreateCommentDto,
  CreateIncidentDto,
  DismissIncidentDto,
  DuplicateIncidentDto,
  IncidentQueriesService,
  IncidentsService,
  TriageIncidentDto,
  UpdateIncidentDto,
  incidentList,
} from '@tracker/pdca';
import type { FastifyReply } from 'fastify';
import { IdParam } from '../common/id-param.decorator';
import { ListEndpoint, ListQuery } from '../common/list.decorators';
import {
  IncidentByReferenceResponse,
  IncidentResponse,
  TimelineEntryView,
} from './check.responses';

const REDACTION =
  'Confidential fields come back null and named in redactedFields for users without clearance; confidential-level incidents are not shown to them at all.';

@ApiTags('check')
@Controller('incidents')
export class IncidentsController {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly queries: IncidentQueriesService,
  ) {}

  @Get()
  @Allow('incidents.read')
  @ApiOperation({
    summary: 'Search incidents (q: Japanese or English substring)',
    description: REDACTION,
  })
  @ListEndpoint(incidentList, IncidentResponse)
  list(@ListQuery(incidentList) request: ListRequest, @CurrentActor() actor: Actor) {
    return this.queries.list(request, actor);
  }

  @Get('export.csv')
  @Allow('incidents.read')
  @ApiOperation({
    summary: 'The filtered list as CSV (UTF-8 with BOM), redacted; X-Export-Truncated when cut',
    description: REDACTION,
  })
  @ApiProduces('text/csv')
  @ApiQuery({ name: 'filter', required: false, description: 'The same filter as GET /incidents' })
  @ApiQuery({ name: 'sort', required: false, description: 'The same sort as GET /incidents' })
  async exportCsv(
    @ListQuery(incidentList) request: ListRequest,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { csv, truncated } = await this.queries.exportCsv(request, actor);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="incidents.csv"')
      .header('x-export-truncated', String(truncated));
    return csv;
  }

  @Get('by-reference/:reference')
  @Allow('incidents.read')
  @ApiOperation({ summary: 'Resolve a reference such as INC-2026-00042, also of a duplicate' })
  @ApiOkResponse({ type: IncidentByReferenceResponse })
  byReference(@Param('reference') reference: string, @CurrentActor() actor: Actor) {
    return this.queries.byReference(reference, actor);
  }

  @Get(':id')
  @Allow('incidents.read')
  @ApiOkResponse({ type: IncidentResponse })
  get(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.queries.get(id, actor);
  }

  @Post()
  @Allow('incidents.write')
  @ApiOperation({ summary: 'Log an incident; it gets its permanent reference' })
  @ApiOkResponse({ type: IncidentResponse })
  create(@Body() dto: CreateIncidentDto, @CurrentActor() actor: Actor) {
    return this.incidents.create(dto, actor);
  }

  @Put(':id')
  @Allow('incidents.write')
  @ApiOkResponse({ type: IncidentResponse })
  update(@IdParam() id: string, @Body() dto: UpdateIncidentDto, @CurrentActor() actor: Actor) {
    return this.incidents.update(id, dto, actor);
  }

  @Post(':id/triage')
  @HttpCode(200)
  @Allow('incidents.write')
  @ApiOperation({ summary: 'reported → triaged (optionally re-scoring severity)' })
  @ApiOkResponse({ type: IncidentResponse })
  triage(@IdParam() id: string, @Body() dto: TriageIncidentDto, @CurrentActor() actor: Actor) {
    return this.incidents.triage(id, dto, actor);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Allow('incidents.write')
  @ApiOperation({ summary: 'triaged | under_investigation → closed, with the resolution' })
  @ApiOkResponse({ type: IncidentResponse })
  close(@IdParam() id: string, @Body() dto: CloseIncidentDto, @CurrentActor() actor: Actor) {
    return this.incidents.close(id, dto, actor);
  }

  @Post(':id/dismiss')
  @HttpCode(200)
  @Allow('incidents.write')
  @ApiOperation({ summary: 'reported | triaged → dismissed, with the reason' })
  @ApiOkResponse({ type: IncidentResponse })
  dismiss(@IdParam() id: string, @Body() dto: DismissIncidentDto, @CurrentActor() actor: Actor) {
    return this.incidents.dismiss(id, dto, actor);
  }

  @Post(':id/duplicate')
  @HttpCode(200)
  @Allow('incidents.write')
  @ApiOperation({ summary: 'reported | triaged → duplicate of a surviving incident' })
  @ApiOkResponse({ type: IncidentResponse })
  duplicate(
    @IdParam() id: string,
    @Body() dto: DuplicateIncidentDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.incidents.duplicate(id, dto, actor);
  }

  @Get(':id/history')
  @Allow('incidents.read')
  @ApiOperation({ summary: 'Audit events of the incident, redacted', description: REDACTION })
  @ApiOkResponse({ type: AuditEvent, isArray: true })
  history(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.queries.history(id, actor);
  }

  @Get(':id/timeline')
  @Allow('incidents.read')
  @ApiOperation({ summary: 'Comments and changes in time order, redacted' })
  @ApiOkResponse({ type: TimelineEntryView, isArray: true })
  timeline(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.queries.timeline(id, actor);
  }

  @Post(':id/comments')
  @Allow('check.comment')
  @ApiOperation({ summary: 'Comment on the incident' })
  comment(@IdParam() id: string, @Body() dto: CreateCommentDto, @CurrentActor() actor: Actor) {
    return this.incidents.comment(id, dto.body, actor);
  }
}
