import { ApiProperty } from '@nestjs/swagger';
import {
  INCIDENT_PRIORITIES,
  SEVERITIES,
  type IncidentPriority,
  type Severity,
} from '@tracker/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What triage scored for an incident (incident-triage.rules.ts), one row per incident, its id
 * the incident's. Kept beside the incident rather than on it: the job's write does not bump the
 * version an analyst may be editing, nor touch the incident's many indexes.
 */
@Entity('incident_score')
export class IncidentScore {
  @ApiProperty({ format: 'uuid', description: 'The incident scored' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @ApiProperty({ enum: SEVERITIES, description: 'A suggestion; the incident keeps its own' })
  @Column({ type: 'text' })
  scoredSeverity: Severity;

  @ApiProperty({ enum: INCIDENT_PRIORITIES })
  @Column({ type: 'text' })
  priority: IncidentPriority;

  @ApiProperty({ description: 'Points of the severity score (0–12)' })
  @Column({ type: 'int' })
  points: number;

  @ApiProperty()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  scoredAt: Date;
}
