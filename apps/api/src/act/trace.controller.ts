import { Controller, Get, Param, type PipeTransform } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentActor } from '@tracker/auth';
import { TRACE_TYPES, type TraceType } from '@tracker/contracts';
import { BadRequestError, type Actor } from '@tracker/core';
import { TraceService } from '@tracker/pdca';
import { IdParam } from '../common/id-param.decorator';
import { TraceResponse } from './act.responses';

class TraceTypePipe implements PipeTransform<string, TraceType> {
  transform(value: string): TraceType {
    if (!(TRACE_TYPES as readonly string[]).includes(value)) {
      throw new BadRequestError('Invalid entity type', [
        { field: 'entityType', message: `entityType must be one of: ${TRACE_TYPES.join(', ')}` },
      ]);
    }
    return value as TraceType;
  }
}

@ApiTags('act')
@Controller('trace')
export class TraceController {
  constructor(private readonly traces: TraceService) {}

  @Get(':entityType/:id')
  @Allow('trace.read')
  @ApiOperation({
    summary:
      'Upstream and downstream links across the stages (incident → … → plan KPI) as a graph; what you may not see is left out',
  })
  @ApiParam({ name: 'entityType', enum: TRACE_TYPES })
  @ApiOkResponse({ type: TraceResponse })
  trace(
    @Param('entityType', new TraceTypePipe()) entityType: TraceType,
    @IdParam() id: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.traces.trace(entityType, id, actor);
  }
}
