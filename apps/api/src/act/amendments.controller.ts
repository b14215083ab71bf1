import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEvent } from '@tracker/audit';
import { Allow, CurrentActor } from '@tracker/auth';
import type { Actor } from '@tracker/core';
import type { ListRequest } from '@tracker/database';
import {
  AmendmentsService,
  CreateAmendmentDto,
  UpdateAmendmentDto,
  amendmentList,
} from '@tracker/pdca';
import { EmptyBody } from '../common/empty-body.decorator';
import { IdParam } from '../common/id-param.decorator';
import { ListEndpoint, ListQuery } from '../common/list.decorators';
import { AmendmentResponse } from './act.responses';

@ApiTags('act')
@Controller('amendments')
export class AmendmentsController {
  constructor(private readonly amendments: AmendmentsService) {}

  @Get()
  @Allow('amendments.read')
  @ListEndpoint(amendmentList, AmendmentResponse)
  list(@ListQuery(amendmentList) request: ListRequest) {
    return this.amendments.list(request);
  }

  @Get(':id')
  @Allow('amendments.read')
  @ApiOkResponse({ type: AmendmentResponse })
  get(@IdParam() id: string) {
    return this.amendments.get(id);
  }

  @Post()
  @Allow('amendments.write')
  @ApiOperation({ summary: 'Propose an amendment, justified by findings and/or guidance' })
  @ApiOkResponse({ type: AmendmentResponse })
  create(@Body() dto: CreateAmendmentDto, @CurrentActor() actor: Actor) {
    return this.amendments.create(dto, actor);
  }

  @Put(':id')
  @Allow('amendments.write')
  @ApiOperation({ summary: 'Edit a proposal (send the version you read)' })
  @ApiOkResponse({ type: AmendmentResponse })
  update(@IdParam() id: string, @Body() dto: UpdateAmendmentDto, @CurrentActor() actor: Actor) {
    return this.amendments.update(id, dto, actor);
  }

  @Delete(':id')
  @Allow('amendments.write')
  @ApiOperation({ summary: 'Delete a proposal' })
  @ApiOkResponse({ type: AmendmentResponse })
  remove(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.amendments.remove(id, actor);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Allow('amendments.write')
  @ApiOperation({
    summary:
      'proposed → in_review: opens an approval task; approving a Basic Plan amendment opens the plan’s next draft',
  })
  @ApiOkResponse({ type: AmendmentResponse })
  submit(@IdParam() id: string, @EmptyBody() _body: undefined, @CurrentActor() actor: Actor) {
    return this.amendments.submit(id, actor);
  }

  @Get(':id/history')
  @Allow('amendments.read')
  @ApiOkResponse({ type: AuditEvent, isArray: true })
  history(@IdParam() id: string) {
    return this.amendments.history(id);
  }
}
