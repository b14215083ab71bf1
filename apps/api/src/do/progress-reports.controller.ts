import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEvent, AuditQuery } from '@tracker/audit';
import { Allow, CurrentActor } from '@tracker/auth';
import type { Actor } from '@tracker/core';
import type { ListRequest } from '@tracker/database';
import {
  CorrectProgressReportDto,
  ProgressReportsService,
  SubmitProgressReportDto,
  progressReportList,
} from '@tracker/pdca';
import { IdParam } from '../common/id-param.decorator';
import { ListEndpoint, ListQuery } from '../common/list.decorators';
import { ProgressReportResponse } from './measure.responses';

@ApiTags('do')
@Controller('progress-reports')
export class ProgressReportsController {
  constructor(
    private readonly reports: ProgressReportsService,
    private readonly audit: AuditQuery,
  ) {}

  @Get()
  @Allow('measures.read')
  @ApiOperation({ summary: 'Reports, superseded ones included (filter `current` to hide them)' })
  @ListEndpoint(progressReportList, ProgressReportResponse)
  list(@ListQuery(progressReportList) request: ListRequest) {
    return this.reports.list(request);
  }

  @Get(':id')
  @Allow('measures.read')
  @ApiOkResponse({ type: ProgressReportResponse })
  get(@IdParam() id: string) {
    return this.reports.get(id);
  }

  @Post()
  @Allow('measures.report')
  @ApiOperation({
    summary:
      'Submit the report of a measure for a quarter (lead ministry or Cabinet Office); it cannot be edited afterwards',
  })
  @ApiOkResponse({ type: ProgressReportResponse })
  submit(@Body() dto: SubmitProgressReportDto, @CurrentActor() actor: Actor) {
    return this.reports.submit(dto, actor);
  }

  @Post(':id/correct')
  @Allow('measures.report')
  @ApiOperation({
    summary: 'Correct a current report: a new report supersedes it, and both stay readable',
  })
  @ApiOkResponse({ type: ProgressReportResponse })
  correct(
    @IdParam() id: string,
    @Body() dto: CorrectProgressReportDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.reports.correct(id, dto, actor);
  }

  @Get(':id/history')
  @Allow('measures.read')
  @ApiOkResponse({ type: AuditEvent, isArray: true })
  history(@IdParam() id: string) {
    return this.audit.historyOf('progress_report', id);
  }
}
