import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { numericTransformer, TrackedEntity } from '@tracker/database';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { PlanKpi } from '../plan/plan-kpi.entity';
import { Measure } from './measure.entity';

/**
 * An indicator of a measure's own output. It may name the plan KPI it moves: `planKpiId` is the
 * KPI chosen, `planKpiLineageId` finds its copy in every plan version.
 */
@Entity('measure_kpi')
export class MeasureKpi extends TrackedEntity {
  @ApiProperty({ format: 'uuid' })
  @Index('ix_measure_kpi_measure')
  @Column({ type: 'uuid' })
  measureId: string;

  @ManyToOne(() => Measure, { onDelete: 'CASCADE', nullable: false })
  measure?: Measure;

  @ApiProperty({ example: 'ガイドライン説明会の参加事業者数' })
  @Column({ type: 'text' })
  indicatorJa: string;

  @ApiProperty({ example: 'Businesses attending guideline briefings' })
  @Column({ type: 'text' })
  indicatorEn: string;

  @ApiProperty({ example: 0 })
  @Column({ type: 'numeric', transformer: numericTransformer })
  baseline: number;

  @ApiProperty({ example: 3000 })
  @Column({ type: 'numeric', transformer: numericTransformer })
  target: number;

  @ApiProperty({ example: 'businesses' })
  @Column({ type: 'text' })
  unit: string;

  @ApiProperty({ example: '2027-03-31' })
  @Column({ type: 'date' })
  targetDate: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The plan KPI this indicator moves',
    type: String,
    nullable: true,
  })
  @Column({ type: 'uuid', nullable: true })
  planKpiId: string | null;

  @ManyToOne(() => PlanKpi, { onDelete: 'RESTRICT', nullable: true })
  planKpi?: PlanKpi;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Lineage of that plan KPI: matches its copies in later plan versions',
    type: String,
    nullable: true,
  })
  @Index('ix_measure_kpi_plan_kpi_lineage')
  @Column({ type: 'uuid', nullable: true })
  planKpiLineageId: string | null;
}
