import { Body, Controller, Delete, Get, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEvent, AuditQuery } from '@tracker/audit';
import { Allow, CurrentActor } from '@tracker/auth';
import type { Actor } from '@tracker/core';
import type { ListRequest } from '@tracker/database';
import {
  CreateOrganisationDto,
  Organisation,
  OrganisationsService,
  UpdateOrganisationDto,
  organisationList,
} from '@tracker/pdca';
import { IdParam } from '../common/id-param.decorator';
import { ListEndpoint, ListQuery } from '../common/list.decorators';
import { OrganisationResponse } from './check.responses';

@ApiTags('check')
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditQuery,
  ) {}

  @Get()
  @Allow('organisations.read')
  @ListEndpoint(organisationList, Organisation)
  list(@ListQuery(organisationList) request: ListRequest) {
    return this.organisations.list(request);
  }

  @Get(':id')
  @Allow('organisations.read')
  @ApiOperation({
    summary: 'The organisation with its open requests and those of the last 12 months',
  })
  @ApiOkResponse({ type: OrganisationResponse })
  get(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.organisations.get(id, actor);
  }

  @Post()
  @Allow('organisations.write')
  @ApiOkResponse({ type: OrganisationResponse })
  create(@Body() dto: CreateOrganisationDto, @CurrentActor() actor: Actor) {
    return this.organisations.create(dto, actor);
  }

  @Put(':id')
  @Allow('organisations.write')
  @ApiOkResponse({ type: OrganisationResponse })
  update(@IdParam() id: string, @Body() dto: UpdateOrganisationDto, @CurrentActor() actor: Actor) {
    return this.organisations.update(id, dto, actor);
  }

  @Delete(':id')
  @Allow('organisations.write')
  @ApiOperation({ summary: 'Delete an organisation no incident or request refers to' })
  @ApiOkResponse({ type: OrganisationResponse })
  remove(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.organisations.remove(id, actor);
  }

  @Get(':id/history')
  @Allow('organisations.read')
  @ApiOkResponse({ type: AuditEvent, isArray: true })
  history(@IdParam() id: string) {
    return this.audit.historyOf('organisation', id);
  }
}
