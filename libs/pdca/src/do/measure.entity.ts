import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTOR_TYPE_CODES,
  LEGAL_NATURE_CODES,
  MEASURE_CATEGORY_CODES,
  MEASURE_STATUSES,
  MINISTRY_CODES,
  REPORTING_FREQUENCIES,
  type ActorType,
  type LegalNature,
  type MeasureCategory,
  type MeasureStatus,
  type Ministry,
  type ReportingFrequency,
} from '@tracker/contracts';
import { numericTransformer, TrackedEntity } from '@tracker/database';
import { Check, Column, Entity, Index } from 'typeorm';

/**
 * A measure (施策) that carries out the AI Basic Plan. It serves objectives of one or more plan
 * versions (measure_objective): amending the plan carries it into the new draft, so its
 * milestones, KPIs and progress reports stay with the one record.
 */
@Entity('measure')
@Check('ck_measure_dates', '"due_date" >= "start_date"')
@Check('ck_measure_budget', '"budget_yen" >= 0')
export class Measure extends TrackedEntity {
  @ApiProperty({ example: 'M-III-2-01' })
  @Index('uq_measure_code', { unique: true })
  @Column({ type: 'text' })
  code: string;

  @ApiProperty({ example: 'AI事業者ガイドラインの改定' })
  @Column({ type: 'text' })
  titleJa: string;

  @ApiProperty({ example: 'Revise the AI Guidelines for Business' })
  @Column({ type: 'text' })
  titleEn: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  descriptionJa: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  descriptionEn: string | null;

  @ApiProperty({ enum: MINISTRY_CODES })
  @Index('ix_measure_lead_ministry')
  @Column({ type: 'text' })
  leadMinistry: Ministry;

  @ApiProperty({ enum: MINISTRY_CODES, isArray: true })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  cooperatingMinistries: Ministry[];

  @ApiProperty({ enum: ACTOR_TYPE_CODES, description: 'Whom the measure concerns' })
  @Column({ type: 'text' })
  actorType: ActorType;

  @ApiProperty({
    enum: MEASURE_CATEGORY_CODES,
    description: 'Basic measure of the Act it carries out',
  })
  @Column({ type: 'text' })
  category: MeasureCategory;

  @ApiProperty({ enum: LEGAL_NATURE_CODES })
  @Column({ type: 'text' })
  legalNature: LegalNature;

  @ApiPropertyOptional({ description: 'Budget in yen', type: Number, nullable: true })
  @Column({ type: 'bigint', nullable: true, transformer: numericTransformer })
  budgetYen: number | null;

  @ApiProperty({ example: '2025-10-01' })
  @Column({ type: 'date' })
  startDate: string;

  @ApiProperty({ example: '2027-03-31' })
  @Column({ type: 'date' })
  dueDate: string;

  @ApiProperty({ enum: REPORTING_FREQUENCIES })
  @Column({ type: 'text', default: 'quarterly' })
  reportingFrequency: ReportingFrequency;

  @ApiProperty({ enum: MEASURE_STATUSES })
  @Index('ix_measure_status')
  @Column({ type: 'text', default: 'planned' })
  status: MeasureStatus;

  @ApiPropertyOptional({
    description: 'Why the measure was suspended or cancelled',
    type: String,
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Column({ type: 'date', nullable: true })
  completedOn: string | null;

  /**
   * Rating and period of the latest submitted report, kept by a database trigger on
   * progress_report (migration DerivedFiguresForReads); never written by the application.
   */
  @Column({ type: 'text', nullable: true, insert: false, update: false, select: false })
  currentRating?: string | null;

  @Column({ type: 'text', nullable: true, insert: false, update: false, select: false })
  currentRatingPeriod?: string | null;
}
