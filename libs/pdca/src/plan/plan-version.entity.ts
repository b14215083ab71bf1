import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PLAN_VERSION_STATUSES, type PlanVersionStatus } from '@tracker/contracts';
import { TrackedEntity } from '@tracker/database';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

/**
 * One version of the AI Basic Plan. Amending the plan never edits an approved version: it opens
 * a new draft based on it, and approving that draft supersedes the old one.
 */
@Entity('plan_version')
@Index('uq_plan_version_one_approved', ['status'], { unique: true, where: `status = 'approved'` })
export class PlanVersion extends TrackedEntity {
  @ApiProperty({ description: 'Version number: 1 for the first plan, then one per amendment' })
  @Index('uq_plan_version_number', { unique: true })
  @Column({ type: 'int' })
  number: number;

  @ApiProperty({ example: '人工知能基本計画' })
  @Column({ type: 'text' })
  titleJa: string;

  @ApiProperty({ example: 'AI Basic Plan' })
  @Column({ type: 'text' })
  titleEn: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  summaryJa: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  summaryEn: string | null;

  @ApiProperty({ enum: PLAN_VERSION_STATUSES })
  @Column({ type: 'text', default: 'draft' })
  status: PlanVersionStatus;

  @ApiPropertyOptional({
    description: 'First fiscal year the plan covers',
    type: Number,
    nullable: true,
  })
  @Column({ type: 'int', nullable: true })
  fiscalYearFrom: number | null;

  @ApiPropertyOptional({
    description: 'Last fiscal year the plan covers',
    type: Number,
    nullable: true,
  })
  @Column({ type: 'int', nullable: true })
  fiscalYearTo: number | null;

  @ApiPropertyOptional({
    description: 'The version this one amends',
    format: 'uuid',
    type: String,
    nullable: true,
  })
  @Column({ type: 'uuid', nullable: true })
  basedOnId: string | null;

  @ManyToOne(() => PlanVersion, { onDelete: 'RESTRICT', nullable: true })
  basedOn?: PlanVersion;

  @ApiPropertyOptional({
    description: 'The approved amendment (Act stage) that opened this version',
    format: 'uuid',
    type: String,
    nullable: true,
  })
  @Index('uq_plan_version_amendment', { unique: true, where: 'amendment_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  amendmentId: string | null;

  @ApiPropertyOptional({
    description: 'Date the AI Strategic Headquarters proposed the plan',
    type: String,
    nullable: true,
  })
  @Column({ type: 'date', nullable: true })
  hqProposalDate: string | null;

  @ApiPropertyOptional({ example: '第3回AI戦略本部', type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  hqProposalReference: string | null;

  @ApiPropertyOptional({
    description: 'Date of the Cabinet decision',
    type: String,
    nullable: true,
  })
  @Column({ type: 'date', nullable: true })
  cabinetDecisionDate: string | null;

  @ApiPropertyOptional({ example: '令和7年12月23日閣議決定', type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  cabinetDecisionNumber: string | null;

  @ApiPropertyOptional({ type: Date, nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  supersededAt: Date | null;

  @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true })
  @Column({ type: 'uuid', nullable: true })
  supersededById: string | null;

  @ApiPropertyOptional({
    description: 'Why the last proposal was withdrawn',
    type: String,
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  withdrawalReason: string | null;
}
