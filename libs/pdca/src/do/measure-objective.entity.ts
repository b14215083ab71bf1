import { Entity, Index, ManyToOne, PrimaryColumn, Column } from 'typeorm';
import { PlanObjective } from '../plan/plan-objective.entity';
import { PlanVersion } from '../plan/plan-version.entity';
import { Measure } from './measure.entity';

/**
 * A measure serves an objective of a plan version. A measure belongs to every version whose
 * objectives it serves; deleting an objective or a version that measures serve is refused
 * (RESTRICT) unless the plan stage releases the links first (a draft being deleted).
 */
@Entity('measure_objective')
export class MeasureObjective {
  @PrimaryColumn({ type: 'uuid' })
  measureId: string;

  @ManyToOne(() => Measure, { onDelete: 'CASCADE', nullable: false })
  measure?: Measure;

  @PrimaryColumn({ type: 'uuid' })
  objectiveId: string;

  @ManyToOne(() => PlanObjective, { onDelete: 'RESTRICT', nullable: false })
  objective?: PlanObjective;

  @Index('ix_measure_objective_version')
  @Column({ type: 'uuid' })
  planVersionId: string;

  @ManyToOne(() => PlanVersion, { onDelete: 'RESTRICT', nullable: false })
  planVersion?: PlanVersion;
}
