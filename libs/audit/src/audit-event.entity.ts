import { ApiProperty } from '@nestjs/swagger';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One append-only audit event. The table is created by a hand-written migration (it carries the
 * writer's transaction id for sealing and triggers that refuse UPDATE, DELETE and TRUNCATE), so
 * schema generation leaves it alone (`synchronize: false`).
 */
@Entity({ name: 'audit_event', synchronize: false })
export class AuditEvent {
  @ApiProperty({ description: 'Sequence number (monotonic, never reused)', type: String })
  @PrimaryColumn({ type: 'bigint' })
  id: string;

  @ApiProperty()
  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ApiProperty({ description: "The actor's e-mail, or system:<component>" })
  @Column({ type: 'text' })
  actorLabel: string;

  @ApiProperty({ example: 'plan_version.approve' })
  @Column({ type: 'text' })
  action: string;

  @ApiProperty({ example: 'plan_version' })
  @Column({ type: 'text' })
  entityType: string;

  @ApiProperty({ nullable: true, type: String })
  @Column({ type: 'text', nullable: true })
  entityId: string | null;

  @ApiProperty({ description: 'Changed fields before the write', nullable: true, type: Object })
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @ApiProperty({ description: 'Changed fields after the write', nullable: true, type: Object })
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @ApiProperty({ nullable: true, type: String })
  @Column({ type: 'text', nullable: true })
  requestId: string | null;
}
