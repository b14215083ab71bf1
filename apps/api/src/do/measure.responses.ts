import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEASURE_ACTIONS, PROGRESS_REPORT_ACTIONS, RAG_RATINGS } from '@tracker/contracts';
import { Measure, ProgressReport } from '@tracker/pdca';

class LateReasonResponse {
  @ApiProperty({ enum: ['milestone_overdue', 'report_missing'] })
  kind: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'For milestone_overdue' })
  milestoneId?: string;

  @ApiPropertyOptional({ description: 'For milestone_overdue' })
  dueDate?: string;

  @ApiPropertyOptional({ example: 'FY2026-Q2', description: 'For report_missing' })
  period?: string;
}

/** A measure with what is derived from its links, milestones and reports. */
export class MeasureResponse extends Measure {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Objectives served, all versions' })
  objectiveIds: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'Plan versions it belongs to' })
  planVersionIds: string[];

  @ApiProperty({ description: 'Derived: a milestone is overdue or the last quarter is unreported' })
  late: boolean;

  @ApiProperty({ type: [LateReasonResponse] })
  lateReasons: LateReasonResponse[];

  @ApiPropertyOptional({ enum: RAG_RATINGS, nullable: true, description: 'Latest report’s' })
  override currentRating: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'FY2026-Q2' })
  override currentRatingPeriod: string | null;

  @ApiProperty({ enum: MEASURE_ACTIONS, isArray: true, description: 'Moves allowed now' })
  actions: string[];
}

export class ProgressReportResponse extends ProgressReport {
  @ApiProperty({ enum: PROGRESS_REPORT_ACTIONS, isArray: true, description: 'Moves allowed now' })
  actions: string[];
}
