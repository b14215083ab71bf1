import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACT_PRINCIPLES, type ActPrinciple } from '@tracker/contracts';
import { TrackedEntity } from '@tracker/database';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { PlanVersion } from './plan-version.entity';

/** A policy pillar of a plan version, serving one of the Act's four basic principles. */
@Entity('plan_objective')
@Index('uq_plan_objective_code', ['planVersionId', 'code'], { unique: true })
export class PlanObjective extends TrackedEntity {
  @ApiProperty({ format: 'uuid' })
  @Column({ type: 'uuid' })
  planVersionId: string;

  @ManyToOne(() => PlanVersion, { onDelete: 'CASCADE', nullable: false })
  planVersion?: PlanVersion;

  @ApiProperty({
    format: 'uuid',
    description:
      'Shared by the copies of this objective across plan versions; comparisons match on it',
  })
  @Index('ix_plan_objective_lineage')
  @Column({ type: 'uuid', default: () => 'gen_random_uuid()' })
  lineageId: string;

  @ApiProperty({ example: 'I-1' })
  @Column({ type: 'text' })
  code: string;

  @ApiProperty({ enum: ACT_PRINCIPLES })
  @Column({ type: 'text' })
  principle: ActPrinciple;

  @ApiProperty()
  @Column({ type: 'text' })
  titleJa: string;

  @ApiProperty()
  @Column({ type: 'text' })
  titleEn: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  descriptionJa: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  descriptionEn: string | null;

  @ApiProperty({ description: 'Display order within the version' })
  @Column({ type: 'int', default: 0 })
  position: number;
}
