import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AuditEvent, AuditQuery, AuditVerifier, auditEventList } from '@tracker/audit';
import { Allow, CurrentActor } from '@tracker/auth';
import type { AuditVerification } from '@tracker/contracts';
import { BadRequestError, type Actor } from '@tracker/core';
import { Page, type ListRequest } from '@tracker/database';
import { AuditTrailRedaction } from '@tracker/pdca';
import { ListEndpoint, ListQuery } from '../common/list.decorators';

class AuditVerificationView implements AuditVerification {
  @ApiProperty() intact: boolean;
  @ApiProperty() verifiedEvents: number;
  @ApiProperty() pendingEvents: number;
  @ApiProperty({ required: false }) firstBrokenSequence?: number;
  @ApiProperty({ required: false }) reason?: string;
  @ApiProperty({ required: false }) headHash?: string;
  @ApiProperty() checkedAt: string;
  @ApiProperty() durationMs: number;
}

@ApiTags('audit')
@Controller('audit-events')
@Allow('audit.read')
export class AuditEventsController {
  constructor(
    private readonly query: AuditQuery,
    private readonly verifier: AuditVerifier,
    private readonly redaction: AuditTrailRedaction,
  ) {}

  @Get()
  @ListEndpoint(auditEventList, AuditEvent)
  async list(@ListQuery(auditEventList) request: ListRequest, @CurrentActor() actor: Actor) {
    const page = await this.query.list(request);
    const seen = await this.redaction.redact(page.items, actor);
    return new Page(page.resource, seen, page.start, page.total, page.totalIsEstimate);
  }

  @Get('verify')
  @ApiOperation({ summary: 'Walk the hash chain: "intact, N events" or the first broken sequence' })
  @ApiOkResponse({ type: AuditVerificationView })
  verify() {
    return this.verifier.verify();
  }

  @Get(':sequence')
  @ApiOkResponse({ type: AuditEvent })
  async get(@Param('sequence') sequence: string, @CurrentActor() actor: Actor) {
    if (!/^[1-9][0-9]{0,17}$/.test(sequence)) {
      throw new BadRequestError('Invalid sequence number', [
        { field: 'sequence', message: 'sequence must be a positive integer' },
      ]);
    }
    const [seen] = await this.redaction.redact([await this.query.get(sequence)], actor);
    return seen;
  }
}
