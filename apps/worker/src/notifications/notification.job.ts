import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@tracker/pdca';
import { JobHandler, type JobPayload } from '@tracker/queue';

@Injectable()
export class NotificationJobs {
  constructor(private readonly notifications: NotificationsService) {}

  @JobHandler('notification.send-email')
  async sendEmail(payload: JobPayload<'notification.send-email'>) {
    return { result: await this.notifications.sendEmail(payload.notificationId) };
  }
}
