import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundError } from '@tracker/core';
import { defineListSpec, fetchPage, type ListRequest, type Page } from '@tracker/database';
import type { DataSource } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

export const auditEventList = defineListSpec({
  resource: 'audit-events',
  alias: 'e',
  filters: {
    id: { kind: 'string', column: 'e.id::text', maxLength: 20 },
    entityType: { kind: 'string', column: 'e.entity_type', maxLength: 64 },
    entityId: { kind: 'string', column: 'e.entity_id', maxLength: 64 },
    actorId: { kind: 'uuid', column: 'e.actor_id' },
    actorLabel: { kind: 'string', column: 'e.actor_label', maxLength: 200 },
    action: { kind: 'string', column: 'e.action', maxLength: 100 },
    requestId: { kind: 'string', column: 'e.request_id', maxLength: 100 },
    occurredFrom: { kind: 'dateFrom', column: 'e.occurred_at' },
    occurredTo: { kind: 'dateTo', column: 'e.occurred_at' },
  },
  sorts: { id: 'e.id', occurredAt: 'e.occurred_at' },
  defaultSort: ['id', 'DESC'],
  tieBreaker: 'e.id',
});

/**
 * Changes a history reader may not see (confidential fields, for example) are removed by the
 * redactor of the record's type before events leave the API.
 */
export type HistoryRedactor = (event: AuditEvent) => AuditEvent;

const same: HistoryRedactor = (event) => event;

@Injectable()
export class AuditQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(request: ListRequest): Promise<Page<AuditEvent>> {
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    return fetchPage(qb, auditEventList, request);
  }

  async get(sequence: string): Promise<AuditEvent> {
    const event = await this.dataSource.getRepository(AuditEvent).findOneBy({ id: sequence });
    if (!event) throw new NotFoundError('audit event', sequence);
    return event;
  }

  /** Every event of one record, oldest first. */
  async historyOf(
    entityType: string,
    entityId: string,
    redact: HistoryRedactor = same,
  ): Promise<AuditEvent[]> {
    const events = await this.dataSource.getRepository(AuditEvent).find({
      where: { entityType, entityId },
      order: { id: 'ASC' },
    });
    return events.map(redact);
  }
}
