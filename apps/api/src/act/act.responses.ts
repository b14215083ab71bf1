import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { TRACE_TYPES } from '@tracker/contracts';
import { Amendment, Cycle, Guidance } from '@tracker/pdca';

const ACTIONS: ApiPropertyOptions = {
  description: 'Moves allowed from the current status',
  type: [String],
};

export class GuidanceResponse extends Guidance {
  @ApiProperty(ACTIONS) actions: string[];
  @ApiProperty({ description: 'Issued, its follow-up date has come and no result is recorded' })
  followUpDue: boolean;
}

export class AmendmentResponse extends Amendment {
  @ApiProperty(ACTIONS) actions: string[];
  @ApiPropertyOptional({
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'The plan version this approved Basic Plan amendment opened',
  })
  openedPlanVersionId: string | null;
}

class VersionBrief {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() referenceNumber: string;
  @ApiProperty() versionNumber: number;
  @ApiProperty() status: string;
  @ApiPropertyOptional({ type: String, nullable: true }) issueDate: string | null;
}

class FieldDifferenceView {
  @ApiProperty() field: string;
  @ApiProperty({ nullable: true }) from: unknown;
  @ApiProperty({ nullable: true }) to: unknown;
}

class LineChunkView {
  @ApiProperty({ enum: ['equal', 'added', 'removed'] }) op: string;
  @ApiProperty({ type: [String] }) lines: string[];
}

class BodyDifferenceView {
  @ApiProperty({ enum: ['bodyJa', 'bodyEn'] }) field: string;
  @ApiProperty() changed: boolean;
  @ApiProperty() added: number;
  @ApiProperty() removed: number;
  @ApiProperty({ type: [LineChunkView] }) chunks: LineChunkView[];
}

export class GuidanceDiffResponse {
  @ApiProperty({ type: VersionBrief }) from: VersionBrief;
  @ApiProperty({ type: VersionBrief }) to: VersionBrief;
  @ApiProperty({ type: [FieldDifferenceView], description: 'Fields that differ' })
  fields: FieldDifferenceView[];
  @ApiProperty({ type: [BodyDifferenceView], description: 'The bodies, line by line' })
  bodies: BodyDifferenceView[];
}

export class CycleResponse extends Cycle {
  @ApiProperty({ type: Object, description: 'Counts of the year, for the reader' })
  summary: object;
}

export class CycleDetailResponse extends CycleResponse {
  @ApiProperty({ type: [String], description: 'Guidance versions issued in the year' })
  guidanceIds: string[];
  @ApiProperty({ type: [String], description: 'Amendments proposed in the year' })
  amendmentIds: string[];
  @ApiPropertyOptional({
    type: [String],
    nullable: true,
    description: 'Investigations opened in the year (null if you may not read investigations)',
  })
  investigationIds: string[] | null;
}

class TraceNodeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: TRACE_TYPES }) type: string;
  @ApiPropertyOptional({ type: String, nullable: true }) label: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) status: string | null;
  @ApiProperty({ description: 'A record you may not read: shown so the chain stays whole' })
  redacted: boolean;
}

class TraceEdgeView {
  @ApiProperty({ format: 'uuid' }) from: string;
  @ApiProperty({ format: 'uuid' }) to: string;
  @ApiProperty({ example: 'grounds' }) relation: string;
}

export class TraceResponse {
  @ApiProperty({ format: 'uuid' }) root: string;
  @ApiProperty({ type: [TraceNodeView] }) nodes: TraceNodeView[];
  @ApiProperty({ type: [TraceEdgeView] }) edges: TraceEdgeView[];
  @ApiProperty() truncated: boolean;
}
