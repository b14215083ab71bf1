import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { User } from '@tracker/auth';
import { INVESTIGATION_STATUSES, type InvestigationStatus } from '@tracker/contracts';
import { TrackedEntity } from '@tracker/database';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

const OPTIONAL_TEXT = { type: String, nullable: true } as const;

/** An investigation of one or more incidents: information requests to businesses, then findings. */
@Entity('investigation')
export class Investigation extends TrackedEntity {
  @ApiPropertyOptional(OPTIONAL_TEXT)
  @Column({ type: 'text', nullable: true })
  titleJa: string | null;

  @ApiPropertyOptional(OPTIONAL_TEXT)
  @Column({ type: 'text', nullable: true })
  titleEn: string | null;

  @ApiProperty({ description: 'What the investigation covers and what it does not' })
  @Column({ type: 'text' })
  scope: string;

  @ApiProperty({ format: 'uuid', description: 'The lead analyst (a user with the analyst role)' })
  @Index('ix_investigation_lead')
  @Column({ type: 'uuid' })
  leadAnalystId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', nullable: false })
  leadAnalyst?: User;

  @ApiProperty({ format: 'uuid', isArray: true, type: String, description: 'Incidents covered' })
  @Index('ix_investigation_incidents', { synchronize: false })
  @Column({ type: 'uuid', array: true })
  incidentIds: string[];

  @ApiProperty({ enum: INVESTIGATION_STATUSES })
  @Index('ix_investigation_status')
  @Column({ type: 'text', default: 'open' })
  status: InvestigationStatus;

  @ApiPropertyOptional({
    ...OPTIONAL_TEXT,
    description: "The developer's Hiroshima AI Process reporting-framework report, if any",
  })
  @Column({ type: 'text', nullable: true })
  haipReportReference: string | null;

  @ApiPropertyOptional(OPTIONAL_TEXT)
  @Column({ type: 'text', nullable: true })
  rootCause: string | null;

  @ApiPropertyOptional({ ...OPTIONAL_TEXT, description: 'Summary recorded when concluded' })
  @Column({ type: 'text', nullable: true })
  conclusion: string | null;

  @ApiPropertyOptional({ type: Date, nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  concludedAt: Date | null;

  /**
   * Covers a confidential incident (then invisible to readers without clearance): kept by
   * database triggers on investigation and incident (migration DerivedFiguresForReads).
   */
  @Column({ type: 'boolean', default: false, insert: false, update: false, select: false })
  confidential?: boolean;
}
