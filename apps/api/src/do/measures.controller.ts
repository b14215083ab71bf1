import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEvent, AuditQuery } from '@tracker/audit';
import { Allow, CurrentActor } from '@tracker/auth';
import type { Actor } from '@tracker/core';
import type { ListRequest } from '@tracker/database';
import {
  CancelMeasureDto,
  CompleteMeasureDto,
  CreateMeasureDto,
  MeasuresService,
  SuspendMeasureDto,
  UpdateMeasureDto,
  measureList,
} from '@tracker/pdca';
import { IdParam } from '../common/id-param.decorator';
import { ListEndpoint, ListQuery } from '../common/list.decorators';
import { MeasureResponse } from './measure.responses';

const SCOPE = 'Coordinators act on measures their ministry leads (Cabinet Office and admins: all).';

@ApiTags('do')
@Controller('measures')
export class MeasuresController {
  constructor(
    private readonly measures: MeasuresService,
    private readonly audit: AuditQuery,
  ) {}

  @Get()
  @Allow('measures.read')
  @ApiOperation({ summary: 'Measures; `late` and `rating` are derived and filterable' })
  @ListEndpoint(measureList, MeasureResponse)
  list(@ListQuery(measureList) request: ListRequest) {
    return this.measures.list(request);
  }

  @Get(':id')
  @Allow('measures.read')
  @ApiOkResponse({ type: MeasureResponse })
  get(@IdParam() id: string) {
    return this.measures.get(id);
  }

  @Post()
  @Allow('measures.edit')
  @ApiOperation({ summary: `Create a planned measure under plan objectives. ${SCOPE}` })
  @ApiOkResponse({ type: MeasureResponse })
  create(@Body() dto: CreateMeasureDto, @CurrentActor() actor: Actor) {
    return this.measures.create(dto, actor);
  }

  @Put(':id')
  @Allow('measures.edit')
  @ApiOperation({
    summary: `Edit a measure that has not ended (send the version you read). ${SCOPE}`,
  })
  @ApiOkResponse({ type: MeasureResponse })
  update(@IdParam() id: string, @Body() dto: UpdateMeasureDto, @CurrentActor() actor: Actor) {
    return this.measures.update(id, dto, actor);
  }

  @Delete(':id')
  @Allow('measures.edit')
  @ApiOperation({ summary: 'Delete a planned measure (a started one is cancelled instead)' })
  @ApiOkResponse({ type: MeasureResponse })
  async remove(@IdParam() id: string, @CurrentActor() actor: Actor) {
    const measure = await this.measures.get(id);
    await this.measures.remove(id, actor);
    return measure;
  }

  @Post(':id/start')
  @HttpCode(200)
  @Allow('measures.edit')
  @ApiOperation({ summary: 'planned → in_progress' })
  @ApiOkResponse({ type: MeasureResponse })
  start(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.measures.start(id, actor);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Allow('measures.edit')
  @ApiOperation({ summary: 'in_progress → completed; every milestone must be done' })
  @ApiOkResponse({ type: MeasureResponse })
  complete(@IdParam() id: string, @Body() dto: CompleteMeasureDto, @CurrentActor() actor: Actor) {
    return this.measures.complete(id, dto, actor);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @Allow('measures.edit')
  @ApiOperation({ summary: 'in_progress → suspended, with the reason' })
  @ApiOkResponse({ type: MeasureResponse })
  suspend(@IdParam() id: string, @Body() dto: SuspendMeasureDto, @CurrentActor() actor: Actor) {
    return this.measures.suspend(id, dto, actor);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @Allow('measures.edit')
  @ApiOperation({ summary: 'suspended → in_progress' })
  @ApiOkResponse({ type: MeasureResponse })
  resume(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.measures.resume(id, actor);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Allow('measures.edit')
  @ApiOperation({ summary: 'planned, in_progress or suspended → cancelled, with the reason' })
  @ApiOkResponse({ type: MeasureResponse })
  cancel(@IdParam() id: string, @Body() dto: CancelMeasureDto, @CurrentActor() actor: Actor) {
    return this.measures.cancel(id, dto, actor);
  }

  @Get(':id/history')
  @Allow('measures.read')
  @ApiOperation({ summary: 'Every change of the measure, including its objective links' })
  @ApiOkResponse({ type: AuditEvent, isArray: true })
  history(@IdParam() id: string) {
    return this.audit.historyOf('measure', id);
  }
}
