import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '@tracker/auth';
import { OPEN_DATASETS, OpenDataService } from '@tracker/pdca';
import type { FastifyReply } from 'fastify';
import { OpenDatasetResponse } from './public.responses';

/** Open data: the public content, whole, as JSON and CSV files. */
@ApiTags('public')
@Controller('public/open-data')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The datasets available for download' })
  @ApiOkResponse({ type: OpenDatasetResponse, isArray: true })
  index() {
    return this.openData.index();
  }

  @Get(':file')
  @Public()
  @ApiOperation({ summary: 'Download one dataset (JSON, or CSV in UTF-8 with BOM)' })
  @ApiParam({ name: 'file', enum: Object.keys(OPEN_DATASETS) })
  async file(@Param('file') name: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const file = await this.openData.file(name);
    void reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${name}"`);
    return file.body;
  }
}
