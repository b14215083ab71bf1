import { Controller, Get, Param, type PipeTransform } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentActor } from '@tracker/auth';
import { BadRequestError, type Actor } from '@tracker/core';
import type { ListRequest } from '@tracker/database';
import { CyclesService, cycleList } from '@tracker/pdca';
import { ListEndpoint, ListQuery } from '../common/list.decorators';
import { CycleDetailResponse, CycleResponse } from './act.responses';

class FiscalYearPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^\d{4}$/.test(value)) {
      throw new BadRequestError('Invalid fiscal year', [
        { field: 'fiscalYear', message: 'fiscalYear must be a four-digit year, e.g. 2026' },
      ]);
    }
    return Number(value);
  }
}

@ApiTags('act')
@Controller('cycles')
export class CyclesController {
  constructor(private readonly cycles: CyclesService) {}

  @Get()
  @Allow('cycles.read')
  @ApiOperation({ summary: 'PDCA cycles: one per fiscal year (April–March), derived on read' })
  @ListEndpoint(cycleList, CycleResponse)
  list(@ListQuery(cycleList) request: ListRequest, @CurrentActor() actor: Actor) {
    return this.cycles.list(request, actor);
  }

  @Get(':fiscalYear')
  @Allow('cycles.read')
  @ApiOperation({ summary: 'One fiscal year: its plan versions, counts of every stage, and ids' })
  @ApiOkResponse({ type: CycleDetailResponse })
  get(@Param('fiscalYear', new FiscalYearPipe()) fiscalYear: number, @CurrentActor() actor: Actor) {
    return this.cycles.get(fiscalYear, actor);
  }
}
