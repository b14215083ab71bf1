import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Allow, CurrentActor } from '@tracker/auth';
import type { Actor } from '@tracker/core';
import type { ListRequest } from '@tracker/database';
import {
  CycleEvaluation,
  CycleEvaluationFormatQuery,
  CycleEvaluationsService,
  RequestCycleEvaluationDto,
  cycleEvaluationList,
  reportCsv,
  reportHtml,
} from '@tracker/pdca';
import type { FastifyReply } from 'fastify';
import { IdParam } from '../common/id-param.decorator';
import { ListEndpoint, ListQuery } from '../common/list.decorators';

type Reply = FastifyReply;

@ApiTags('act')
@Controller('cycle-evaluations')
export class CycleEvaluationsController {
  constructor(private readonly evaluations: CycleEvaluationsService) {}

  @Get()
  @Allow('cycles.evaluate')
  @ApiOperation({ summary: 'Evaluations of the cycle: asked for on demand or by the schedule' })
  @ListEndpoint(cycleEvaluationList, CycleEvaluation)
  list(@ListQuery(cycleEvaluationList) request: ListRequest) {
    return this.evaluations.list(request);
  }

  @Post()
  @HttpCode(202)
  @Allow('cycles.evaluate')
  @ApiOperation({
    summary:
      'Ask for the evaluation of a fiscal year or one of its quarters; the worker fills in the report',
  })
  @ApiAcceptedResponse({ type: CycleEvaluation })
  request(@Body() dto: RequestCycleEvaluationDto, @CurrentActor() actor: Actor) {
    return this.evaluations.request(dto, actor);
  }

  @Get(':id')
  @Allow('cycles.evaluate')
  @ApiOperation({ summary: 'One evaluation as JSON; `?format=csv|html` downloads the report' })
  @ApiOkResponse({ type: CycleEvaluation })
  @ApiProduces('application/json', 'text/csv', 'text/html')
  async get(
    @IdParam() id: string,
    @Query() query: CycleEvaluationFormatQuery,
    @Res({ passthrough: true }) reply: Reply,
  ) {
    if (query.format === 'csv') return this.csv(id, reply);
    if (query.format === 'html') return this.html(id, reply);
    return this.evaluations.get(id);
  }

  @Get(':id/csv')
  @Allow('cycles.evaluate')
  @ApiOperation({ summary: 'The figures of a done evaluation as one flat CSV (409 until done)' })
  @ApiProduces('text/csv')
  async csv(@IdParam() id: string, @Res({ passthrough: true }) reply: Reply) {
    const evaluation = await this.evaluations.done(id);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="cycle-evaluation-${evaluation.period}.csv"`,
      );
    return reportCsv(evaluation.report);
  }

  @Get(':id/html')
  @Allow('cycles.evaluate')
  @ApiOperation({ summary: 'A done evaluation as a printable page, ja/en (409 until done)' })
  @ApiProduces('text/html')
  async html(@IdParam() id: string, @Res({ passthrough: true }) reply: Reply) {
    const evaluation = await this.evaluations.done(id);
    void reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
    return reportHtml(evaluation.report);
  }
}
