import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import {
  Finding,
  Incident,
  IncidentScore,
  InformationRequest,
  Investigation,
  Organisation,
} from '@tracker/pdca';

const ACTIONS: ApiPropertyOptions = {
  description: 'Moves allowed from the current status',
  type: [String],
};
const REDACTED: ApiPropertyOptions = {
  description:
    'Fields withheld from you (confidential, or a trade secret): their value is null, not empty',
  type: [String],
};

class RequestBriefView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) investigationId: string;
  @ApiProperty() subject: string;
  @ApiProperty() requestDate: string;
  @ApiProperty() dueDate: string;
  @ApiProperty() status: string;
  @ApiProperty() cooperationStatus: string;
  @ApiProperty() overdue: boolean;
}

export class OrganisationResponse extends Organisation {
  @ApiProperty() openRequestCount: number;
  @ApiProperty() requestsLast12Months: number;
  @ApiProperty({
    type: [RequestBriefView],
    nullable: true,
    description: 'null for users who do not read investigations',
  })
  openRequests: RequestBriefView[] | null;
  @ApiProperty({
    type: [RequestBriefView],
    nullable: true,
    description:
      'Requests of the last twelve months; null for users who do not read investigations',
  })
  recentRequests: RequestBriefView[] | null;
}

export class IncidentResponse extends Incident {
  @ApiProperty(ACTIONS) actions: string[];
  @ApiProperty(REDACTED) redactedFields: string[];
  @ApiPropertyOptional({
    type: [String],
    description: 'Investigations covering it (detail only)',
  })
  investigationIds?: string[];
  @ApiPropertyOptional({
    type: IncidentScore,
    nullable: true,
    description: 'What triage scored (detail only; null until the triage job ran)',
  })
  score?: IncidentScore | null;
}

class IncidentPointer {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() reference: string;
  @ApiProperty() status: string;
}

export class IncidentByReferenceResponse extends IncidentResponse {
  @ApiProperty({
    type: IncidentPointer,
    description: 'The surviving incident a duplicate points to (itself when not a duplicate)',
  })
  resolvesTo: IncidentPointer;
}

export class InvestigationResponse extends Investigation {
  @ApiProperty(ACTIONS) actions: string[];
  @ApiPropertyOptional({ description: 'Detail only' }) openRequests?: number;
  @ApiPropertyOptional({ description: 'Detail only' }) findings?: number;
  @ApiPropertyOptional({ description: 'Detail only' }) acceptedFindings?: number;
}

export class InformationRequestResponse extends InformationRequest {
  @ApiProperty(ACTIONS) actions: string[];
  @ApiProperty({ description: 'Open and past its due date' }) overdue: boolean;
  @ApiProperty(REDACTED) redactedFields: string[];
}

export class FindingResponse extends Finding {
  @ApiProperty(ACTIONS) actions: string[];
}

export class TimelineEntryView {
  @ApiProperty({ enum: ['comment', 'change'] }) kind: string;
  @ApiProperty() at: Date;
  @ApiProperty() actorLabel: string;
  @ApiPropertyOptional({ description: 'comment: its id' }) id?: string;
  @ApiPropertyOptional({ description: 'comment: its text' }) body?: string;
  @ApiPropertyOptional({ description: 'change: audit sequence number' }) sequence?: string;
  @ApiPropertyOptional({ example: 'incident.triage' }) action?: string;
  @ApiPropertyOptional() entityType?: string;
  @ApiPropertyOptional() entityId?: string;
  @ApiPropertyOptional({ type: Object, nullable: true }) before?: object | null;
  @ApiPropertyOptional({ type: Object, nullable: true }) after?: object | null;
  @ApiPropertyOptional({ type: [String] }) redactedFields?: string[];
}
