import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { numericTransformer, TrackedEntity } from '@tracker/database';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { PlanObjective } from './plan-objective.entity';

/** A key performance indicator of a plan objective: where it started and where it must get to. */
@Entity('plan_kpi')
@Index('uq_plan_kpi_code', ['objectiveId', 'code'], { unique: true })
export class PlanKpi extends TrackedEntity {
  @ApiProperty({ format: 'uuid' })
  @Column({ type: 'uuid' })
  objectiveId: string;

  @ManyToOne(() => PlanObjective, { onDelete: 'CASCADE', nullable: false })
  objective?: PlanObjective;

  @ApiProperty({
    format: 'uuid',
    description: 'The plan version of the objective (kept for filtering)',
  })
  @Index('ix_plan_kpi_version')
  @Column({ type: 'uuid' })
  planVersionId: string;

  @ApiProperty({
    format: 'uuid',
    description: 'Shared by the copies of this KPI across plan versions',
  })
  @Column({ type: 'uuid', default: () => 'gen_random_uuid()' })
  lineageId: string;

  @ApiProperty({ example: 'I-1-K1' })
  @Column({ type: 'text' })
  code: string;

  @ApiProperty({ example: '生成AIを業務で利用する企業の割合' })
  @Column({ type: 'text' })
  indicatorJa: string;

  @ApiProperty({ example: 'Share of companies using generative AI at work' })
  @Column({ type: 'text' })
  indicatorEn: string;

  @ApiProperty({ example: 26.7 })
  @Column({ type: 'numeric', transformer: numericTransformer })
  baseline: number;

  @ApiPropertyOptional({
    description: 'When the baseline was measured',
    type: String,
    nullable: true,
  })
  @Column({ type: 'date', nullable: true })
  baselineDate: string | null;

  @ApiProperty({ example: 80 })
  @Column({ type: 'numeric', transformer: numericTransformer })
  target: number;

  @ApiProperty({ example: '%' })
  @Column({ type: 'text' })
  unit: string;

  @ApiProperty({ example: '2030-03-31' })
  @Column({ type: 'date' })
  targetDate: string;
}
