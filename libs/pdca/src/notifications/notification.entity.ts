import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTIFICATION_KINDS, type NotificationKind } from '@tracker/contracts';
import { TrackedEntity } from '@tracker/database';
import { Column, Entity, Index } from 'typeorm';

/**
 * A message to one user, shown in their in-app inbox and e-mailed when SMTP is configured.
 * `dedupeKey` makes creating it idempotent: a scan that runs twice finds it already there.
 */
@Entity('notification')
@Index('uq_notification_dedupe', ['recipientId', 'dedupeKey'], { unique: true })
@Index('ix_notification_recipient', ['recipientId', 'createdAt'])
export class Notification extends TrackedEntity {
  @ApiProperty({ format: 'uuid' })
  @Column({ type: 'uuid' })
  recipientId: string;

  @ApiProperty({ enum: NOTIFICATION_KINDS })
  @Column({ type: 'text' })
  kind: NotificationKind;

  @ApiProperty({ example: '承認依頼: AI基本計画 第2版 / Approval requested: AI Basic Plan v2' })
  @Column({ type: 'text' })
  title: string;

  @ApiProperty()
  @Column({ type: 'text' })
  body: string;

  @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true })
  @Index('ix_notification_review_task')
  @Column({ type: 'uuid', nullable: true })
  reviewTaskId: string | null;

  @ApiProperty({ description: 'What makes this notification unique for its recipient' })
  @Column({ type: 'text' })
  dedupeKey: string;

  @ApiPropertyOptional({ type: Date, nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @ApiPropertyOptional({ type: Date, nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  emailedAt: Date | null;
}
