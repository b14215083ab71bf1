import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AMENDMENT_STATUSES,
  AMENDMENT_TARGET_CODES,
  MINISTRY_CODES,
  type AmendmentStatus,
  type AmendmentTarget,
  type Ministry,
} from '@tracker/contracts';
import { TrackedEntity } from '@tracker/database';
import { Column, Entity, Index } from 'typeorm';

/**
 * A proposed change to the Basic Plan, the AI Guidelines for Business, another guideline or a
 * law, justified by findings and/or guidance. Approving a Basic Plan amendment opens the plan's
 * next draft version, which names it (`plan_version.amendment_id`): the cycle begins again.
 */
@Entity('amendment')
@Index('ix_amendment_findings', { synchronize: false })
@Index('ix_amendment_guidance', { synchronize: false })
export class Amendment extends TrackedEntity {
  @ApiProperty({ enum: AMENDMENT_TARGET_CODES })
  @Column({ type: 'text' })
  target: AmendmentTarget;

  @ApiProperty({ example: 'AI事業者ガイドライン（第1.1版）' })
  @Column({ type: 'text' })
  targetName: string;

  @ApiPropertyOptional({
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'For a Basic Plan amendment: the plan version it amends',
  })
  @Column({ type: 'uuid', nullable: true })
  planVersionId: string | null;

  @ApiProperty({ enum: MINISTRY_CODES, description: 'The ministry responsible for the target' })
  @Column({ type: 'text' })
  leadMinistry: Ministry;

  @ApiProperty()
  @Column({ type: 'text' })
  proposedChangeJa: string;

  @ApiProperty()
  @Column({ type: 'text' })
  proposedChangeEn: string;

  @ApiProperty({ format: 'uuid', isArray: true, type: String })
  @Column({ type: 'uuid', array: true, default: '{}' })
  findingIds: string[];

  @ApiProperty({ format: 'uuid', isArray: true, type: String })
  @Column({ type: 'uuid', array: true, default: '{}' })
  guidanceIds: string[];

  @ApiProperty({ enum: AMENDMENT_STATUSES })
  @Index('ix_amendment_status')
  @Column({ type: 'text', default: 'proposed' })
  status: AmendmentStatus;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why it was rejected' })
  @Column({ type: 'text', nullable: true })
  rejectionReason: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  approvalNote: string | null;

  @ApiPropertyOptional({ type: Date, nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
