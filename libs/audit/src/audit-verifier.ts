import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditVerification } from '@tracker/contracts';
import type { DataSource } from 'typeorm';
import { EVENT_DIGEST_SQL, GENESIS_HASH } from './audit-chain';
import { AuditSealer } from './audit-sealer';

/** Seal positions checked per query; ranges are checked concurrently. */
const RANGE = 100_000;
const CONCURRENCY = 2;

interface Break {
  position: string;
  event_id: string;
  reason: string;
}

/**
 * Each link is checked on its own: seal n must equal sha256(seal n-1 ‖ digest(event n)), with
 * seal 0 the genesis hash. Every link holding, with positions contiguous from 1 and the head on
 * the last seal, is the same as re-folding the chain from genesis — but the links can be
 * checked set-wise, in parallel ranges, inside PostgreSQL.
 */
const FIRST_BREAK_IN_RANGE = `
  SELECT s.position::text, s.event_id::text,
         CASE WHEN s.position > 1 AND p.position IS NULL THEN 'gap in the chain'
              WHEN e.id IS NULL THEN 'event missing'
              ELSE 'event content or chain link does not match its seal' END AS reason
    FROM audit_seal s
    LEFT JOIN audit_seal p ON p.position = s.position - 1
    LEFT JOIN audit_event e ON e.id = s.event_id
   WHERE s.position > $1 AND s.position <= $2
     AND ((s.position > 1 AND p.position IS NULL)
          OR e.id IS NULL
          OR sha256(CASE WHEN s.position = 1 THEN $3::bytea ELSE p.hash END || ${EVENT_DIGEST_SQL}) <> s.hash)
   ORDER BY s.position
   LIMIT 1`;

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

    const [{ seals, last }] = await this.dataSource.query(
      'SELECT count(*)::int AS seals, coalesce(max(position), 0)::text AS last FROM audit_seal',
    );
    const firstBreak = await this.firstBreak(Number(last));
    if (firstBreak) {
      return result({
        firstBrokenSequence: Number(firstBreak.event_id),
        reason: firstBreak.reason,
      });
    }

    const [head]: {
      position: string;
      hash: Buffer;
      cursor_txid: string;
      cursor_event_id: string;
      last_hash: Buffer | null;
    }[] = await this.dataSource.query(
      `SELECT h.position::text, h.hash, h.cursor_txid::text, h.cursor_event_id::text,
                (SELECT s.hash FROM audit_seal s WHERE s.position = h.position) AS last_hash
           FROM audit_chain_head h WHERE h.id = 1`,
    );
    const lastHash = head.last_hash ?? GENESIS_HASH;
    if (
      Number(head.position) !== Number(last) ||
      seals !== Number(last) ||
      !head.hash.equals(lastHash)
    ) {
      return result({ reason: 'chain head does not match the last seal' });
    }

    const cursor = [head.cursor_txid, head.cursor_event_id];
    const [{ behind, pending }] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE (txid, id) <= ($1::bigint, $2::bigint))::int AS behind,
              count(*) FILTER (WHERE (txid, id) > ($1::bigint, $2::bigint))::int AS pending
         FROM audit_event`,
      cursor,
    );
    if (behind !== seals) {
      const [{ first }] = await this.dataSource.query(
        `SELECT min(e.id)::text AS first FROM audit_event e
          WHERE (e.txid, e.id) <= ($1::bigint, $2::bigint)
            AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.event_id = e.id)`,
        cursor,
      );
      return result({
        verifiedEvents: seals,
        pendingEvents: pending,
        firstBrokenSequence: first ? Number(first) : undefined,
        reason: 'event was added behind the sealed part of the chain',
      });
    }
    return result({
      intact: true,
      verifiedEvents: seals,
      pendingEvents: pending,
      headHash: head.hash.toString('hex'),
    });
  }

  /** The lowest broken link, checking ranges of positions concurrently. */
  private async firstBreak(last: number): Promise<Break | null> {
    const ranges: [number, number][] = [];
    for (let from = 0; from < last; from += RANGE)
      ranges.push([from, Math.min(from + RANGE, last)]);
    const breaks: (Break | null)[] = new Array(ranges.length).fill(null);
    let next = 0;
    const worker = async () => {
      while (next < ranges.length) {
        const index = next++;
        // Once a lower range is broken, higher ranges cannot hold the first break.
        if (breaks.slice(0, index).some(Boolean)) return;
        const [from, to] = ranges[index];
        const rows: Break[] = await this.dataSource.query(FIRST_BREAK_IN_RANGE, [
          from,
          to,
          GENESIS_HASH,
        ]);
        breaks[index] = rows[0] ?? null;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return breaks.find(Boolean) ?? null;
  }
}
