import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@tracker/audit';
import { Mailer } from './mailer';
import { Notification } from './notification.entity';
import { NotificationsService } from './notifications.service';

export const NOTIFICATION_ENTITIES = [Notification];

@Module({
  imports: [AuditModule, TypeOrmModule.forFeature(NOTIFICATION_ENTITIES)],
  providers: [NotificationsService, Mailer],
  exports: [NotificationsService],
})
export class NotificationsModule {}
