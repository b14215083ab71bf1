import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CYCLE_EVALUATION_PERIOD_KINDS,
  CYCLE_EVALUATION_STATUSES,
  type CycleEvaluationPeriodKind,
  type CycleEvaluationStatus,
} from '@tracker/contracts';
import { TrackedEntity } from '@tracker/database';
import { Column, Entity, Index } from 'typeorm';
import type { CycleEvaluationReport } from './cycle-evaluation.report';

/**
 * The evaluation of a cycle's quarter or fiscal year, for the AI Strategic Headquarters: asked
 * for on demand or by the schedule at the end of each period, filled in by the worker
 * (`cycle.evaluate`) and then never recomputed. The schedule asks once per period.
 */
@Entity('cycle_evaluation')
@Index('ix_cycle_evaluation_cycle', ['cycleId', 'createdAt'])
@Index('uq_cycle_evaluation_scheduled', ['period'], {
  unique: true,
  where: 'requested_by_id IS NULL',
})
export class CycleEvaluation extends TrackedEntity {
  @ApiProperty({ example: 2026, description: 'The cycle: its fiscal year' })
  @Column({ type: 'int' })
  cycleId: number;

  @ApiProperty({
    example: 'FY2026-Q1',
    description: '`FY2026-Q1` for a quarter, `FY2026` for the year',
  })
  @Column({ type: 'text' })
  period: string;

  @ApiProperty({ enum: CYCLE_EVALUATION_PERIOD_KINDS })
  @Column({ type: 'text' })
  periodKind: CycleEvaluationPeriodKind;

  @ApiProperty({ example: '2026-04-01' })
  @Column({ type: 'date' })
  startsOn: string;

  @ApiProperty({ example: '2026-06-30' })
  @Column({ type: 'date' })
  endsOn: string;

  @ApiProperty({ enum: CYCLE_EVALUATION_STATUSES })
  @Column({ type: 'text', default: 'queued' })
  status: CycleEvaluationStatus;

  @ApiPropertyOptional({
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'Who asked for it; none when the schedule did',
  })
  @Column({ type: 'uuid', nullable: true })
  requestedById: string | null;

  @ApiPropertyOptional({ type: Date, nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  generatedAt: Date | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The figures (once done); download as JSON, CSV or printable HTML',
  })
  @Column({ type: 'jsonb', nullable: true })
  report: CycleEvaluationReport | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why it failed' })
  @Column({ type: 'text', nullable: true })
  failureReason: string | null;
}
