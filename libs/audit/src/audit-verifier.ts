import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditVerification } from '@tracker/contracts';
import type { DataSource } from 'typeorm';
import { GENESIS_HASH, walkSeals } from './audit-chain';
import { AuditSealer } from './audit-sealer';

const BATCH = 50_000;

/** Walks the whole chain and reports either "intact, N events" or the first broken sequence. */
@Injectable()
export class AuditVerifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sealer: AuditSealer,
  ) {}

  async verify(): Promise<AuditVerification> {
    const started = Date.now();
    await this.sealer.sealPending();
    const result = (fields: Partial<AuditVerification>): AuditVerification => ({
      intact: false,
      verifiedEvents: 0,
      pendingEvents: 0,
      checkedAt: new Date().toISOString(),
      durationMs: Date.now() - started,
      ...fields,
    });

    let previous: { position: number; hash: Buffer } = { position: 0, hash: GENESIS_HASH };
    let verified = 0;
    for (;;) {
      const rows: { position: string; event_id: string; hash: Buffer; digest: Buffer | null }[] =
        await this.dataSource.query(
          `SELECT s.position::text, s.event_id::text, s.hash,
                  CASE WHEN e.id IS NULL THEN NULL ELSE audit_event_digest(e) END AS digest
             FROM audit_seal s LEFT JOIN audit_event e ON e.id = s.event_id
            WHERE s.position > $1 ORDER BY s.position LIMIT $2`,
          [previous.position, BATCH],
        );
      if (!rows.length) break;
      const walked = walkSeals(
        rows.map((r) => ({
          position: Number(r.position),
          eventId: r.event_id,
          hash: r.hash,
          digest: r.digest,
        })),
        previous,
      );
      if (!walked.ok) {
        return result({
          verifiedEvents: verified,
          firstBrokenSequence: Number(walked.eventId),
          reason: walked.reason,
        });
      }
      verified += rows.length;
      previous = walked.last;
    }

    const [head]: {
      position: string;
      hash: Buffer;
      cursor_txid: string;
      cursor_event_id: string;
    }[] = await this.dataSource.query(
      'SELECT position::text, hash, cursor_txid::text, cursor_event_id::text FROM audit_chain_head WHERE id = 1',
    );
    if (Number(head.position) !== previous.position || !head.hash.equals(previous.hash)) {
      return result({
        verifiedEvents: verified,
        reason: 'chain head does not match the last seal',
      });
    }

    const cursor = [head.cursor_txid, head.cursor_event_id];
    const [{ behind, pending }] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE (txid, id) <= ($1::bigint, $2::bigint))::int AS behind,
              count(*) FILTER (WHERE (txid, id) > ($1::bigint, $2::bigint))::int AS pending
         FROM audit_event`,
      cursor,
    );
    if (behind !== verified) {
      const [{ first }] = await this.dataSource.query(
        `SELECT min(e.id)::text AS first FROM audit_event e
          WHERE (e.txid, e.id) <= ($1::bigint, $2::bigint)
            AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.event_id = e.id)`,
        cursor,
      );
      return result({
        verifiedEvents: verified,
        pendingEvents: pending,
        firstBrokenSequence: first ? Number(first) : undefined,
        reason: 'event was added behind the sealed part of the chain',
      });
    }
    return result({
      intact: true,
      verifiedEvents: verified,
      pendingEvents: pending,
      headHash: previous.hash.toString('hex'),
    });
  }
}
