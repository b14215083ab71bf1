import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AuditEvent } from '@tracker/audit';
import { Allow, CurrentActor } from '@tracker/auth';
import type { Actor } from '@tracker/core';
import type { ListRequest } from '@tracker/database';
import {
  CloseInformationRequestDto,
  CreateInformationRequestDto,
  InformationRequestsService,
  RespondInformationRequestDto,
  UpdateInformationRequestDto,
  informationRequestList,
} from '@tracker/pdca';
import { IdParam } from '../common/id-param.decorator';
import { ListEndpoint, ListQuery } from '../common/list.decorators';
import { InformationRequestResponse } from './check.responses';

@ApiTags('check')
@Controller('information-requests')
export class InformationRequestsController {
  constructor(private readonly requests: InformationRequestsService) {}

  @Get()
  @Allow('investigations.read')
  @ListEndpoint(informationRequestList, InformationRequestResponse)
  list(@ListQuery(informationRequestList) request: ListRequest, @CurrentActor() actor: Actor) {
    return this.requests.list(request, actor);
  }

  @Get(':id')
  @Allow('investigations.read')
  @ApiOkResponse({ type: InformationRequestResponse })
  get(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.requests.get(id, actor);
  }

  @Post()
  @Allow('investigations.write')
  @ApiOperation({
    summary:
      'Ask an organisation for information (voluntary); a burdened one needs a justification',
  })
  @ApiOkResponse({ type: InformationRequestResponse })
  @ApiUnprocessableEntityResponse({
    description:
      'burden_justification_required: the organisation is at a burden threshold (counts and thresholds in the body)',
  })
  create(@Body() dto: CreateInformationRequestDto, @CurrentActor() actor: Actor) {
    return this.requests.create(dto, actor);
  }

  @Put(':id')
  @Allow('investigations.write')
  @ApiOperation({ summary: 'Edit an open request' })
  @ApiOkResponse({ type: InformationRequestResponse })
  update(
    @IdParam() id: string,
    @Body() dto: UpdateInformationRequestDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.requests.update(id, dto, actor);
  }

  @Post(':id/respond')
  @HttpCode(200)
  @Allow('investigations.write')
  @ApiOperation({ summary: 'open → answered: record the response and the cooperation status' })
  @ApiOkResponse({ type: InformationRequestResponse })
  respond(
    @IdParam() id: string,
    @Body() dto: RespondInformationRequestDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.requests.respond(id, dto, actor);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Allow('investigations.write')
  @ApiOperation({ summary: 'open → closed without a response, with the reason' })
  @ApiOkResponse({ type: InformationRequestResponse })
  close(
    @IdParam() id: string,
    @Body() dto: CloseInformationRequestDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.requests.close(id, dto, actor);
  }

  @Get(':id/history')
  @Allow('investigations.read')
  @ApiOkResponse({ type: AuditEvent, isArray: true })
  history(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.requests.history(id, actor);
  }
}
