import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PROGRESS_REPORT_STATUSES,
  RAG_RATINGS,
  type ProgressReportStatus,
  type RagRating,
} from '@tracker/contracts';
import { TrackedEntity } from '@tracker/database';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { Measure } from './measure.entity';

export class IndicatorValue {
  @ApiProperty({ format: 'uuid' })
  measureKpiId: string;

  @ApiProperty({ example: 1200 })
  value: number;
}

/**
 * A quarter's progress report on a measure. Append-only once submitted (a trigger refuses
 * edits and deletes): a correction is a new report that supersedes this one, and both stay.
 * At most one current (submitted) report per measure and period.
 */
@Entity('progress_report')
@Index('uq_progress_report_current', ['measureId', 'periodStart'], {
  unique: true,
  where: `status = 'submitted'`,
})
export class ProgressReport extends TrackedEntity {
  @ApiProperty({ format: 'uuid' })
  @Index('ix_progress_report_measure')
  @Column({ type: 'uuid' })
  measureId: string;

  @ManyToOne(() => Measure, { onDelete: 'RESTRICT', nullable: false })
  measure?: Measure;

  @ApiProperty({ example: 'FY2025-Q3', description: 'Fiscal quarter (April–March years)' })
  @Column({ type: 'text' })
  period: string;

  @ApiProperty({ example: '2025-10-01' })
  @Column({ type: 'date' })
  periodStart: string;

  @ApiProperty({ example: '2025-12-31' })
  @Column({ type: 'date' })
  periodEnd: string;

  @ApiProperty()
  @Column({ type: 'text' })
  narrativeJa: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  narrativeEn: string | null;

  @ApiProperty({ type: [IndicatorValue], description: 'Values of the measure’s KPIs' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  indicatorValues: IndicatorValue[];

  @ApiProperty({ enum: RAG_RATINGS, description: 'Delivery confidence' })
  @Column({ type: 'text' })
  rating: RagRating;

  @ApiProperty({ description: 'Why this rating' })
  @Column({ type: 'text' })
  ratingRationale: string;

  @ApiProperty({ example: '経済産業省 商務情報政策局 情報経済課長 山田 太郎' })
  @Column({ type: 'text' })
  accountablePerson: string;

  @ApiProperty({ enum: PROGRESS_REPORT_STATUSES })
  @Column({ type: 'text', default: 'submitted' })
  status: ProgressReportStatus;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The report this one corrects',
    type: String,
    nullable: true,
  })
  @Column({ type: 'uuid', nullable: true })
  supersedesId: string | null;

  @ManyToOne(() => ProgressReport, { onDelete: 'RESTRICT', nullable: true })
  supersedes?: ProgressReport;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  correctionReason: string | null;

  @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true })
  @Column({ type: 'uuid', nullable: true })
  supersededById: string | null;

  @ApiPropertyOptional({ type: Date, nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  supersededAt: Date | null;
}
