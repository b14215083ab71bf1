import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AuditEvent, AuditQuery, AuditVerifier, auditEventList } from '@tracker/audit';
import { Allow } from '@tracker/auth';
import type { AuditVerification } from '@tracker/contracts';
import { BadRequestError } from '@tracker/core';
import type { ListRequest } from '@tracker/database';
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
  ) {}

  @Get()
  @ListEndpoint(auditEventList, AuditEvent)
  list(@ListQuery(auditEventList) request: ListRequest) {
    return this.query.list(request);
  }

  @Get('verify')
  @ApiOperation({ summary: 'Walk the hash chain: "intact, N events" or the first broken sequence' })
  @ApiOkResponse({ type: AuditVerificationView })
  verify() {
    return this.verifier.verify();
  }

  @Get(':sequence')
  @ApiOkResponse({ type: AuditEvent })
  get(@Param('sequence') sequence: string) {
    if (!/^[1-9][0-9]{0,17}$/.test(sequence)) {
      throw new BadRequestError('Invalid sequence number', [
        { field: 'sequence', message: 'sequence must be a positive integer' },
      ]);
    }
    return this.query.get(sequence);
  }
}
