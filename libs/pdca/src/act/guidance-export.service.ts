import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditEvent, AuditVerifier } from '@tracker/audit';
import type { AuditVerification } from '@tracker/contracts';
import { toCsv, type CsvColumn } from '@tracker/core';
import { In, type DataSource } from 'typeorm';
import { Guidance } from './guidance.entity';

export interface GuidanceTransition {
  sequence: string;
  occurredAt: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface GuidanceExport {
  exportedAt: string;
  referenceNumber: string | null;
  verification: AuditVerification;
  guidance: {
    referenceNumber: string;
    versions: (Guidance & { transitions: GuidanceTransition[] })[];
  }[];
}

interface Row {
  g: Guidance;
  t: GuidanceTransition;
}

const status = (half: Record<string, unknown> | null) =>
  typeof half?.status === 'string' ? half.status : null;

/**
 * The complete history of guidance for auditors: every version, every transition from the
 * audit trail (who, when, from which status to which), and the verification of the audit hash
 * chain at the time of the export, so the file says whether the history it holds was intact.
 */
@Injectable()
export class GuidanceExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly verifier: AuditVerifier,
  ) {}

  async exportJson(referenceNumber?: string): Promise<GuidanceExport> {
    const verification = await this.verifier.verify();
    const versions = await this.dataSource.getRepository(Guidance).find({
      where: referenceNumber ? { referenceNumber } : {},
      order: { referenceNumber: 'ASC', versionNumber: 'ASC' },
    });
    const events = versions.length
      ? await this.dataSource.getRepository(AuditEvent).find({
          where: { entityType: 'guidance', entityId: In(versions.map((v) => v.id)) },
          order: { id: 'ASC' },
        })
      : [];
    const byReference = new Map<string, GuidanceExport['guidance'][number]>();
    for (const version of versions) {
      const transitions = events
        .filter((e) => e.entityId === version.id)
        .map((e) => ({
          sequence: e.id,
          occurredAt: e.occurredAt,
          actorId: e.actorId,
          actorLabel: e.actorLabel,
          action: e.action,
          fromStatus: status(e.before),
          toStatus: status(e.after),
          before: e.before,
          after: e.after,
        }));
      const entry = byReference.get(version.referenceNumber) ?? {
        referenceNumber: version.referenceNumber,
        versions: [],
      };
      entry.versions.push({ ...version, transitions });
      byReference.set(version.referenceNumber, entry);
    }
    return {
      exportedAt: new Date().toISOString(),
      referenceNumber: referenceNumber ?? null,
      verification,
      guidance: [...byReference.values()],
    };
  }

  /** One row per audited event; the last row is the chain verification (action `audit_chain.verify`). */
  async exportCsv(
    referenceNumber?: string,
  ): Promise<{ csv: string; verification: AuditVerification }> {
    const data = await this.exportJson(referenceNumber);
    const rows: Row[] = data.guidance.flatMap(({ versions }) =>
      versions.flatMap((g) => g.transitions.map((t) => ({ g, t }))),
    );
    const v = data.verification;
    const columns: CsvColumn<Row | null>[] = [
      { header: 'referenceNumber', value: (r) => r?.g.referenceNumber },
      { header: 'versionNumber', value: (r) => r?.g.versionNumber },
      { header: 'guidanceId', value: (r) => r?.g.id },
      { header: 'titleJa', value: (r) => r?.g.titleJa },
      { header: 'sequence', value: (r) => r?.t.sequence },
      { header: 'occurredAt', value: (r) => (r ? r.t.occurredAt : v.checkedAt) },
      { header: 'actorLabel', value: (r) => (r ? r.t.actorLabel : 'system:audit-verifier') },
      { header: 'actorId', value: (r) => r?.t.actorId },
      { header: 'action', value: (r) => (r ? r.t.action : 'audit_chain.verify') },
      { header: 'fromStatus', value: (r) => r?.t.fromStatus },
      { header: 'toStatus', value: (r) => r?.t.toStatus },
      {
        header: 'details',
        value: (r) =>
          r
            ? Object.keys(r.t.after ?? r.t.before ?? {})
                .sort()
                .join(' ')
            : `intact=${v.intact} verifiedEvents=${v.verifiedEvents} pendingEvents=${v.pendingEvents}` +
              (v.headHash ? ` headHash=${v.headHash}` : '') +
              (v.firstBrokenSequence ? ` firstBrokenSequence=${v.firstBrokenSequence}` : ''),
      },
    ];
    return { csv: toCsv(columns, [...rows, null]), verification: v };
  }
}
