import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FINDING_STATUSES,
  MINISTRY_CODES,
  RECOMMENDED_ACTION_CODES,
  RISK_LEVELS,
  type FindingStatus,
  type Ministry,
  type RecommendedAction,
  type RiskLevel,
} from '@tracker/contracts';
import { TrackedEntity } from '@tracker/database';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { Investigation } from './investigation.entity';

/** A finding of an investigation: what was found, on what evidence, and what should follow. */
@Entity('finding')
export class Finding extends TrackedEntity {
  @ApiProperty({ format: 'uuid' })
  @Index('ix_finding_investigation')
  @Column({ type: 'uuid' })
  investigationId: string;

  @ManyToOne(() => Investigation, { onDelete: 'RESTRICT', nullable: false })
  investigation?: Investigation;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  statementJa: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  statementEn: string | null;

  @ApiProperty({
    type: String,
    isArray: true,
    description: 'Evidence references: responses, documents, articles, reports',
  })
  @Column({ type: 'text', array: true, default: '{}' })
  evidence: string[];

  @ApiProperty({ enum: RISK_LEVELS })
  @Column({ type: 'text' })
  riskLevel: RiskLevel;

  @ApiProperty({ enum: RECOMMENDED_ACTION_CODES })
  @Column({ type: 'text' })
  recommendedAction: RecommendedAction;

  @ApiPropertyOptional({ enum: MINISTRY_CODES, nullable: true })
  @Column({ type: 'text', nullable: true })
  referralMinistry: Ministry | null;

  @ApiProperty({ enum: FINDING_STATUSES })
  @Index('ix_finding_status')
  @Column({ type: 'text', default: 'draft' })
  status: FindingStatus;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: "The reviewer's note on acceptance or return",
  })
  @Column({ type: 'text', nullable: true })
  reviewNote: string | null;
}
