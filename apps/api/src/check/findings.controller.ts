import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEvent } from '@tracker/audit';
import { Allow, CurrentActor } from '@tracker/auth';
import type { Actor } from '@tracker/core';
import type { ListRequest } from '@tracker/database';
import {
  AcceptFindingDto,
  CreateFindingDto,
  FindingsService,
  ReturnFindingDto,
  UpdateFindingDto,
  findingList,
} from '@tracker/pdca';
import { EmptyBody } from '../common/empty-body.decorator';
import { IdParam } from '../common/id-param.decorator';
import { ListEndpoint, ListQuery } from '../common/list.decorators';
import { FindingResponse } from './check.responses';

@ApiTags('check')
@Controller('findings')
export class FindingsController {
  constructor(private readonly findings: FindingsService) {}

  @Get()
  @Allow('investigations.read')
  @ListEndpoint(findingList, FindingResponse)
  list(@ListQuery(findingList) request: ListRequest, @CurrentActor() actor: Actor) {
    return this.findings.list(request, actor);
  }

  @Get(':id')
  @Allow('investigations.read')
  @ApiOkResponse({ type: FindingResponse })
  get(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.findings.get(id, actor);
  }

  @Post()
  @Allow('findings.write')
  @ApiOkResponse({ type: FindingResponse })
  create(@Body() dto: CreateFindingDto, @CurrentActor() actor: Actor) {
    return this.findings.create(dto, actor);
  }

  @Put(':id')
  @Allow('findings.write')
  @ApiOperation({ summary: 'Edit a draft or returned finding' })
  @ApiOkResponse({ type: FindingResponse })
  update(@IdParam() id: string, @Body() dto: UpdateFindingDto, @CurrentActor() actor: Actor) {
    return this.findings.update(id, dto, actor);
  }

  @Delete(':id')
  @Allow('findings.write')
  @ApiOperation({ summary: 'Delete a draft finding' })
  @ApiOkResponse({ type: FindingResponse })
  remove(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.findings.remove(id, actor);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Allow('findings.write')
  @ApiOperation({ summary: 'draft | returned → in_review' })
  @ApiOkResponse({ type: FindingResponse })
  submit(@IdParam() id: string, @EmptyBody() _body: undefined, @CurrentActor() actor: Actor) {
    return this.findings.submit(id, actor);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Allow('findings.review')
  @ApiOperation({ summary: 'in_review → accepted' })
  @ApiOkResponse({ type: FindingResponse })
  accept(@IdParam() id: string, @Body() dto: AcceptFindingDto, @CurrentActor() actor: Actor) {
    return this.findings.accept(id, dto, actor);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Allow('findings.review')
  @ApiOperation({ summary: 'in_review → returned, with what to change' })
  @ApiOkResponse({ type: FindingResponse })
  return(@IdParam() id: string, @Body() dto: ReturnFindingDto, @CurrentActor() actor: Actor) {
    return this.findings.return(id, dto, actor);
  }

  @Get(':id/history')
  @Allow('investigations.read')
  @ApiOkResponse({ type: AuditEvent, isArray: true })
  history(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.findings.history(id, actor);
  }
}
