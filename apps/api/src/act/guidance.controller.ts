import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuditEvent } from '@tracker/audit';
import { Allow, CurrentActor } from '@tracker/auth';
import type { Actor } from '@tracker/core';
import type { ListRequest } from '@tracker/database';
import {
  AcknowledgeGuidanceDto,
  CreateGuidanceDto,
  DiffQuery,
  GuidanceExportQuery,
  GuidanceExportService,
  GuidanceQueriesService,
  GuidanceService,
  IssueGuidanceDto,
  UpdateGuidanceDto,
  WithdrawGuidanceDto,
  guidanceList,
} from '@tracker/pdca';
import type { FastifyReply } from 'fastify';
import { EmptyBody } from '../common/empty-body.decorator';
import { IdParam } from '../common/id-param.decorator';
import { ListEndpoint, ListQuery } from '../common/list.decorators';
import { GuidanceDiffResponse, GuidanceResponse } from './act.responses';

@ApiTags('act')
@Controller('guidance')
export class GuidanceController {
  constructor(
    private readonly guidance: GuidanceService,
    private readonly queries: GuidanceQueriesService,
    private readonly exports: GuidanceExportService,
  ) {}

  @Get()
  @Allow('guidance.read')
  @ListEndpoint(guidanceList, GuidanceResponse)
  list(@ListQuery(guidanceList) request: ListRequest) {
    return this.queries.list(request);
  }

  @Get('export.json')
  @Allow('audit.read')
  @ApiOperation({
    summary: 'For auditors: every version and every transition, with the audit-chain verification',
  })
  exportJson(@Query() query: GuidanceExportQuery) {
    return this.exports.exportJson(query.referenceNumber);
  }

  @Get('export.csv')
  @Allow('audit.read')
  @ApiOperation({
    summary:
      'The same as CSV: one row per audited event, the last row the chain verification (also in X-Audit-Chain-* headers)',
  })
  @ApiProduces('text/csv')
  async exportCsv(
    @Query() query: GuidanceExportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { csv, verification } = await this.exports.exportCsv(query.referenceNumber);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="guidance-history.csv"')
      .header('x-audit-chain-intact', String(verification.intact))
      .header('x-audit-chain-verified-events', String(verification.verifiedEvents));
    if (verification.headHash) void reply.header('x-audit-chain-head', verification.headHash);
    return csv;
  }

  @Get(':id')
  @Allow('guidance.read')
  @ApiOkResponse({ type: GuidanceResponse })
  get(@IdParam() id: string) {
    return this.queries.get(id);
  }

  @Post()
  @Allow('guidance.write')
  @ApiOperation({ summary: 'Draft a new guidance: version 1 under a new reference number' })
  @ApiOkResponse({ type: GuidanceResponse })
  create(@Body() dto: CreateGuidanceDto, @CurrentActor() actor: Actor) {
    return this.guidance.create(dto, actor);
  }

  @Put(':id')
  @Allow('guidance.write')
  @ApiOperation({
    summary: 'Edit a draft; once issued, only the follow-up date and result (send your version)',
  })
  @ApiOkResponse({ type: GuidanceResponse })
  update(@IdParam() id: string, @Body() dto: UpdateGuidanceDto, @CurrentActor() actor: Actor) {
    return this.guidance.update(id, dto, actor);
  }

  @Delete(':id')
  @Allow('guidance.write')
  @ApiOperation({ summary: 'Delete a draft version' })
  @ApiOkResponse({ type: GuidanceResponse })
  remove(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.guidance.remove(id, actor);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Allow('guidance.write')
  @ApiOperation({ summary: 'draft → in_review: opens an approval task for the reviewers' })
  @ApiOkResponse({ type: GuidanceResponse })
  submit(@IdParam() id: string, @EmptyBody() _body: undefined, @CurrentActor() actor: Actor) {
    return this.guidance.submit(id, actor);
  }

  @Post(':id/issue')
  @HttpCode(200)
  @Allow('guidance.write')
  @ApiOperation({
    summary: 'approved → issued; a revision supersedes the version it revises, at once',
  })
  @ApiOkResponse({ type: GuidanceResponse })
  issue(@IdParam() id: string, @Body() dto: IssueGuidanceDto, @CurrentActor() actor: Actor) {
    return this.guidance.issue(id, dto, actor);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Allow('guidance.write')
  @ApiOperation({ summary: 'issued → withdrawn, with the reason' })
  @ApiOkResponse({ type: GuidanceResponse })
  withdraw(@IdParam() id: string, @Body() dto: WithdrawGuidanceDto, @CurrentActor() actor: Actor) {
    return this.guidance.withdraw(id, dto, actor);
  }

  @Post(':id/revise')
  @Allow('guidance.write')
  @ApiOperation({
    summary: 'Open the next version of an issued guidance as a draft (same reference number)',
  })
  @ApiOkResponse({ type: GuidanceResponse })
  revise(@IdParam() id: string, @EmptyBody() _body: undefined, @CurrentActor() actor: Actor) {
    return this.guidance.revise(id, actor);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @Allow('guidance.write')
  @ApiOperation({ summary: 'Record that the addressee acknowledged the issued text' })
  @ApiOkResponse({ type: GuidanceResponse })
  acknowledge(
    @IdParam() id: string,
    @Body() dto: AcknowledgeGuidanceDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.guidance.acknowledge(id, dto, actor);
  }

  @Get(':id/versions')
  @Allow('guidance.read')
  @ApiOperation({ summary: 'Every version of this guidance (same reference number), oldest first' })
  @ApiOkResponse({ type: GuidanceResponse, isArray: true })
  versions(@IdParam() id: string) {
    return this.queries.versions(id);
  }

  @Get(':id/diff')
  @Allow('guidance.read')
  @ApiOperation({ summary: 'Differences to another version: field by field, bodies line by line' })
  @ApiOkResponse({ type: GuidanceDiffResponse })
  diff(@IdParam() id: string, @Query() query: DiffQuery) {
    return this.queries.diff(id, query.with);
  }

  @Get(':id/history')
  @Allow('guidance.read')
  @ApiOkResponse({ type: AuditEvent, isArray: true })
  history(@IdParam() id: string) {
    return this.queries.history(id);
  }
}
