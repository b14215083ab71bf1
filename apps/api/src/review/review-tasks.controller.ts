import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AuditEvent } from '@tracker/audit';
import { Allow, CurrentActor, SignedIn } from '@tracker/auth';
import type { Actor } from '@tracker/core';
import type { ListRequest } from '@tracker/database';
import {
  ApproveReviewTaskDto,
  RequestChangesDto,
  ReviewTask,
  ReviewTasksService,
  reviewTaskList,
} from '@tracker/pdca';
import { IdParam } from '../common/id-param.decorator';
import { ListEndpoint, ListQuery } from '../common/list.decorators';

class ReviewTaskResponse extends ReviewTask {
  @ApiProperty({ description: 'Moves allowed from the current status', type: [String] })
  actions: string[];
}

@ApiTags('review')
@Controller('review-tasks')
export class ReviewTasksController {
  constructor(private readonly tasks: ReviewTasksService) {}

  @Get('inbox')
  @Allow('review.work')
  @ApiOperation({
    summary: 'My inbox: tasks assigned to me, or to my role in my ministry (not on my own work)',
  })
  @ListEndpoint(reviewTaskList, ReviewTaskResponse)
  inbox(@ListQuery(reviewTaskList) request: ListRequest, @CurrentActor() actor: Actor) {
    return this.tasks.inbox(request, actor);
  }

  @Get()
  @Allow('review.oversee')
  @ApiOperation({ summary: 'Every review task, for oversight' })
  @ListEndpoint(reviewTaskList, ReviewTaskResponse)
  list(@ListQuery(reviewTaskList) request: ListRequest) {
    return this.tasks.list(request);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({
    summary:
      'A task in my inbox, or one I claimed, submitted or decided (any task for oversight); 404 otherwise',
  })
  @ApiOkResponse({ type: ReviewTaskResponse })
  get(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.tasks.get(id, actor);
  }

  @Post(':id/claim')
  @HttpCode(200)
  @Allow('review.work')
  @ApiOperation({ summary: 'Take the task: open | escalated → claimed' })
  @ApiOkResponse({ type: ReviewTaskResponse })
  claim(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.tasks.claim(id, actor);
  }

  @Post(':id/release')
  @HttpCode(200)
  @Allow('review.work')
  @ApiOperation({ summary: 'Give a claimed task back: claimed → open' })
  @ApiOkResponse({ type: ReviewTaskResponse })
  release(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.tasks.release(id, actor);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Allow('review.work')
  @ApiOperation({
    summary:
      'Approve: the subject moves on in the same transaction (a plan version is approved with the Cabinet decision in `data`). Never on one’s own work.',
  })
  @ApiOkResponse({ type: ReviewTaskResponse })
  approve(@IdParam() id: string, @Body() dto: ApproveReviewTaskDto, @CurrentActor() actor: Actor) {
    return this.tasks.approve(id, dto, actor);
  }

  @Post(':id/request-changes')
  @HttpCode(200)
  @Allow('review.work')
  @ApiOperation({ summary: 'Send the subject back to its author with a comment' })
  @ApiOkResponse({ type: ReviewTaskResponse })
  requestChanges(
    @IdParam() id: string,
    @Body() dto: RequestChangesDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.tasks.requestChanges(id, dto, actor);
  }

  @Get(':id/history')
  @SignedIn()
  @ApiOperation({ summary: 'Who did what to the task, when (visible as the task itself is)' })
  @ApiOkResponse({ type: AuditEvent, isArray: true })
  history(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.tasks.history(id, actor);
  }
}
