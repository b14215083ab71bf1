import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TrackedEntity } from '@tracker/database';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { Measure } from './measure.entity';

/** A dated step of a measure. One that passes its due date undone makes the measure late. */
@Entity('measure_milestone')
export class MeasureMilestone extends TrackedEntity {
  @ApiProperty({ format: 'uuid' })
  @Index('ix_measure_milestone_measure')
  @Column({ type: 'uuid' })
  measureId: string;

  @ManyToOne(() => Measure, { onDelete: 'CASCADE', nullable: false })
  measure?: Measure;

  @ApiProperty({ example: 'ガイドライン改定案の公表' })
  @Column({ type: 'text' })
  titleJa: string;

  @ApiProperty({ example: 'Publish the draft revision' })
  @Column({ type: 'text' })
  titleEn: string;

  @ApiProperty({ example: '2026-03-31' })
  @Column({ type: 'date' })
  dueDate: string;

  @ApiPropertyOptional({ description: 'When it was done', type: String, nullable: true })
  @Column({ type: 'date', nullable: true })
  doneOn: string | null;
}
