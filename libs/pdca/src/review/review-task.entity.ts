import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MINISTRY_CODES,
  REVIEW_DECISIONS,
  REVIEW_KINDS,
  REVIEW_SUBJECT_TYPES,
  REVIEW_TASK_STATUSES,
  ROLES,
  type Ministry,
  type ReviewDecision,
  type ReviewKind,
  type ReviewSubjectType,
  type ReviewTaskStatus,
  type Role,
} from '@tracker/contracts';
import { TrackedEntity } from '@tracker/database';
import { Column, Entity, Index } from 'typeorm';

/**
 * A piece of review work on one record (its subject): who should do it (a person, or a role in a
 * ministry), by when, and what they decided. At most one task of a kind waits per subject.
 */
@Entity('review_task')
@Index('uq_review_task_active', ['subjectType', 'subjectId', 'kind'], {
  unique: true,
  where: `status IN ('open', 'claimed', 'escalated')`,
})
@Index('ix_review_task_subject', ['subjectType', 'subjectId'])
@Index('ix_review_task_due', ['dueAt'], { where: `status IN ('open', 'claimed', 'escalated')` })
export class ReviewTask extends TrackedEntity {
  @ApiProperty({ enum: REVIEW_SUBJECT_TYPES })
  @Column({ type: 'text' })
  subjectType: ReviewSubjectType;

  @ApiProperty({ format: 'uuid' })
  @Column({ type: 'uuid' })
  subjectId: string;

  @ApiProperty({ example: 'AI Basic Plan v2 (人工知能基本計画)', description: 'For the inbox' })
  @Column({ type: 'text' })
  subjectLabel: string;

  @ApiProperty({ enum: REVIEW_KINDS })
  @Column({ type: 'text' })
  kind: ReviewKind;

  @ApiProperty({ enum: REVIEW_TASK_STATUSES })
  @Column({ type: 'text', default: 'open' })
  status: ReviewTaskStatus;

  @ApiPropertyOptional({ enum: ROLES, nullable: true, description: 'Role the task is assigned to' })
  @Column({ type: 'text', nullable: true })
  assignedRole: Role | null;

  @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true })
  @Index('ix_review_task_assignee')
  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ApiPropertyOptional({
    enum: MINISTRY_CODES,
    nullable: true,
    description: 'Ministry of the assigned role; none means any ministry',
  })
  @Column({ type: 'text', nullable: true })
  ministry: Ministry | null;

  @ApiPropertyOptional({
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'Who submitted the subject for review; they may not decide this task',
  })
  @Column({ type: 'uuid', nullable: true })
  submittedById: string | null;

  @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true })
  @Column({ type: 'uuid', nullable: true })
  claimedById: string | null;

  @ApiPropertyOptional({ type: Date, nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @ApiProperty({ description: 'When the task escalates if it is still waiting' })
  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @ApiProperty({ description: '0 as assigned; each escalation adds one' })
  @Column({ type: 'int', default: 0 })
  escalationLevel: number;

  @ApiPropertyOptional({ type: Date, nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;

  @ApiPropertyOptional({ enum: REVIEW_DECISIONS, nullable: true })
  @Column({ type: 'text', nullable: true })
  decision: ReviewDecision | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true })
  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @ApiPropertyOptional({ type: Date, nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Why a task was closed without a decision (its subject moved on)',
  })
  @Column({ type: 'text', nullable: true })
  closedReason: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description:
      'What the job that opened the task found for the reviewer (a triage: scores and duplicate candidates)',
  })
  @Column({ type: 'jsonb', nullable: true })
  context: Record<string, unknown> | null;
}
