import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEvent } from '@tracker/audit';
import type { RedactionMarker } from '@tracker/contracts';
import type { Actor } from '@tracker/core';
import type { DataSource } from 'typeorm';
import { Redactor } from '../shared/confidential-fields';
import { hiddenInvestigations } from './case-file-access';

type Seen = AuditEvent & RedactionMarker;
type Half = Record<string, unknown> | null;

const ids = (values: (string | null | undefined)[]) => [
  ...new Set(values.filter((v): v is string => !!v)),
];
const snapshotOf = (e: AuditEvent): Half => e.after ?? e.before;

/**
 * The audit trail across all records (/audit-events) shows no more than each record's history:
 * confidential fields redacted, and every value of a confidential-level incident or of its
 * case file (investigation, requests, findings, comments) withheld from readers without
 * clearance.
 */
@Injectable()
export class AuditTrailRedaction {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async redact(events: AuditEvent[], actor: Actor): Promise<Seen[]> {
    const redactor = new Redactor(actor);
    if (redactor.cleared) return events.map((e) => redactor.event(e));
    const hidden = await this.hiddenOwners(events, redactor);
    return events.map((e) => {
      const owner = this.ownerOf(e, hidden.caseFileOf);
      if (!owner || !hidden.owners.has(owner)) return redactor.event(e);
      const blank = (half: Half) =>
        half && Object.fromEntries(Object.keys(half).map((k) => [k, null]));
      const fields = new Set([...Object.keys(e.before ?? {}), ...Object.keys(e.after ?? {})]);
      return { ...e, before: blank(e.before), after: blank(e.after), redactedFields: [...fields] };
    });
  }

  /** `incident:<id>` or `investigation:<id>`: the record whose confidentiality decides. */
  private ownerOf(e: AuditEvent, caseFileOf: Map<string, string>): string | null {
    const snapshot = snapshotOf(e);
    switch (e.entityType) {
      case 'incident':
      case 'investigation':
        return `${e.entityType}:${e.entityId}`;
      case 'comment':
        return snapshot ? `${String(snapshot.entityType)}:${String(snapshot.entityId)}` : null;
      case 'information_request':
      case 'finding': {
        const investigation =
          caseFileOf.get(String(e.entityId)) ?? (snapshot?.investigationId as string | undefined);
        return investigation ? `investigation:${investigation}` : null;
      }
      default:
        return null;
    }
  }

  private async hiddenOwners(events: AuditEvent[], redactor: Redactor) {
    const of = (type: string) =>
      ids(events.filter((e) => e.entityType === type).map((e) => e.entityId));
    const commentsOn = (type: string) =>
      ids(
        events
          .filter((e) => e.entityType === 'comment' && snapshotOf(e)?.entityType === type)
          .map((e) => String(snapshotOf(e)!.entityId)),
      );
    const records = [...of('information_request'), ...of('finding')];
    const caseFileOf = new Map<string, string>(
      records.length
        ? (
            await this.dataSource.query(
              `SELECT id::text, investigation_id::text AS investigation FROM information_request WHERE id = ANY ($1::uuid[])
               UNION ALL SELECT id::text, investigation_id::text FROM finding WHERE id = ANY ($1::uuid[])`,
              [records],
            )
          ).map((r: { id: string; investigation: string }) => [r.id, r.investigation])
        : [],
    );
    const investigations = ids([
      ...of('investigation'),
      ...commentsOn('investigation'),
      ...caseFileOf.values(),
      ...events
        .filter((e) => e.entityType === 'information_request' || e.entityType === 'finding')
        .map((e) => snapshotOf(e)?.investigationId as string | undefined),
    ]);
    const incidents = [...of('incident'), ...commentsOn('incident')];
    const owners = new Set<string>();
    for (const id of await hiddenInvestigations(this.dataSource, investigations, redactor)) {
      owners.add(`investigation:${id}`);
    }
    if (incidents.length) {
      const rows: { id: string }[] = await this.dataSource.query(
        `SELECT id::text FROM incident WHERE id = ANY ($1::uuid[]) AND confidentiality = 'confidential'`,
        [incidents],
      );
      for (const { id } of rows) owners.add(`incident:${id}`);
    }
    return { owners, caseFileOf };
  }
}
