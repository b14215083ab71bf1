import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEvent } from '@tracker/audit';
import type { RedactionMarker } from '@tracker/contracts';
import type { Actor } from '@tracker/core';
import type { DataSource } from 'typeorm';
import { Redactor } from '../shared/confidential-fields';

type Seen = AuditEvent & RedactionMarker;

/**
 * The audit trail across all records (/audit-events) shows the same as each record's history:
 * confidential fields redacted, and nothing of a confidential-level incident (nor of comments
 * on it) to readers without clearance.
 */
@Injectable()
export class AuditTrailRedaction {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async redact(events: AuditEvent[], actor: Actor): Promise<Seen[]> {
    const redactor = new Redactor(actor);
    if (redactor.cleared) return events.map((e) => redactor.event(e));
    const incidentOf = (e: AuditEvent) =>
      e.entityType === 'incident'
        ? e.entityId
        : e.entityType === 'comment' && (e.after ?? e.before)?.entityType === 'incident'
          ? String((e.after ?? e.before)!.entityId)
          : null;
    const ids = [...new Set(events.map(incidentOf).filter((id): id is string => !!id))];
    const hidden = new Set<string>(
      ids.length
        ? (
            await this.dataSource.query(
              `SELECT id::text FROM incident WHERE id = ANY($1::uuid[]) AND confidentiality = 'confidential'`,
              [ids],
            )
          ).map((r: { id: string }) => r.id)
        : [],
    );
    return events.map((e) => {
      const incident = incidentOf(e);
      if (!incident || !hidden.has(incident)) return redactor.event(e);
      const blank = (half: Record<string, unknown> | null) =>
        half && Object.fromEntries(Object.keys(half).map((k) => [k, null]));
      const fields = new Set([...Object.keys(e.before ?? {}), ...Object.keys(e.after ?? {})]);
      return { ...e, before: blank(e.before), after: blank(e.after), redactedFields: [...fields] };
    });
  }
}
