import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentActor, SignedIn } from '@tracker/auth';
import type { Actor } from '@tracker/core';
import type { ListRequest } from '@tracker/database';
import { Notification, NotificationsService, notificationList } from '@tracker/pdca';
import { IdParam } from '../common/id-param.decorator';
import { ListEndpoint, ListQuery } from '../common/list.decorators';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'My notifications (filter `read: false` for the unread ones)' })
  @ListEndpoint(notificationList, Notification)
  mine(@ListQuery(notificationList) request: ListRequest, @CurrentActor() actor: Actor) {
    return this.notifications.listMine(request, actor);
  }

  @Get('all')
  @Allow('notifications.oversee')
  @ApiOperation({ summary: 'Every user’s notifications, for audit' })
  @ListEndpoint(notificationList, Notification)
  all(@ListQuery(notificationList) request: ListRequest) {
    return this.notifications.listAll(request);
  }

  @Post(':id/read')
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({ summary: 'Mark one of my notifications read (again: no change)' })
  @ApiOkResponse({ type: Notification })
  read(@IdParam() id: string, @CurrentActor() actor: Actor) {
    return this.notifications.markRead(id, actor);
  }
}
