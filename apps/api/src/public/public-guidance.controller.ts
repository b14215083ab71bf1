import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@tracker/auth';
import type { ListRequest } from '@tracker/database';
import { PublicGuidanceService, publicGuidanceList } from '@tracker/pdca';
import { IdParam } from '../common/id-param.decorator';
import { ListEndpoint, ListQuery } from '../common/list.decorators';
import { PublicGuidanceDetailResponse, PublicGuidanceResponse } from './public.responses';

/** Published guidance, for anyone: no sign-in, public fields only. */
@ApiTags('public')
@Controller('public/guidance')
export class PublicGuidanceController {
  constructor(private readonly guidance: PublicGuidanceService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Published guidance: every issued public version' })
  @ListEndpoint(publicGuidanceList, PublicGuidanceResponse)
  list(@ListQuery(publicGuidanceList) request: ListRequest) {
    return this.guidance.list(request);
  }

  @Get('feed.atom')
  @Public()
  @Header('content-type', 'application/atom+xml; charset=utf-8')
  @ApiOperation({ summary: 'Atom feed of newly issued public guidance' })
  @ApiProduces('application/atom+xml')
  feed() {
    return this.guidance.feed();
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One published version, with the list of the guidance’s versions' })
  @ApiOkResponse({ type: PublicGuidanceDetailResponse })
  get(@IdParam() id: string) {
    return this.guidance.get(id);
  }
}
