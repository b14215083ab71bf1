import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@tracker/auth';
import { APP_CONFIG, type AppConfig } from '@tracker/core';
import { JobAdmin } from '@tracker/queue';
import { Inject } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DASHBOARD_COOKIE, DASHBOARD_PATH } from './queue-dashboard';

@ApiTags('admin')
@Controller('admin')
export class JobsController {
  constructor(
    private readonly jobs: JobAdmin,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('jobs/failed')
  @Allow('jobs.manage')
  @ApiOperation({ summary: 'Jobs that used up their retries, newest first, with their errors' })
  failed() {
    return this.jobs.failed();
  }

  @Post('jobs/:queue/:id/retry')
  @HttpCode(200)
  @Allow('jobs.manage')
  @ApiOperation({ summary: 'Run a failed job again (its handler rechecks the state first)' })
  retry(@Param('queue') queue: string, @Param('id') id: string) {
    return this.jobs.retry(queue, id);
  }

  @Post('queues/session')
  @HttpCode(204)
  @Allow('jobs.manage')
  @ApiOperation({
    summary: `Open the queue dashboard (${DASHBOARD_PATH}) in this browser: sets an HttpOnly cookie scoped to it`,
  })
  @ApiNoContentResponse()
  dashboardSession(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const token = String(request.headers.authorization).replace(/^Bearer /, '');
    const secure = this.config.env === 'production' ? '; Secure' : '';
    void reply.header(
      'set-cookie',
      `${DASHBOARD_COOKIE}=${token}; Path=${DASHBOARD_PATH}; HttpOnly; SameSite=Strict; Max-Age=${this.config.accessTokenTtlSeconds}${secure}`,
    );
  }
}
