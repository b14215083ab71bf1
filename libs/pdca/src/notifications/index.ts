export * from './mailer';
export * from './notification.entity';
export * from './notification.lists';
export * from './notifications.module';
export * from './notifications.service';
