import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { chainLink, EVENT_DIGEST_SQL } from './audit-chain';

/**
 * The first transaction id that may still write audit events: the snapshot's next id, or the
 * oldest transaction still running in this database, whichever is lower. Transactions of other
 * databases on the server cannot write our events, so they do not hold sealing back (the
 * snapshot's own xmin would wait for them too). The snapshot is taken before the activity is
 * read, so a transaction that gets an id in between gets one at or above the snapshot's next id.
 * `backend_xid` is 32 bits: it is widened with the epoch of the snapshot's 64-bit next id.
 */
const SEALING_HORIZON = `
  WITH snapshot AS (SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS next),
       running AS (
         SELECT min(CASE WHEN (s.next >> 32 << 32) + a.backend_xid::text::bigint > s.next
                         THEN (s.next >> 32 << 32) + a.backend_xid::text::bigint - 4294967296
                         ELSE (s.next >> 32 << 32) + a.backend_xid::text::bigint END) AS oldest
           FROM pg_stat_activity a, snapshot s
          WHERE a.datname = current_database() AND a.backend_xid IS NOT NULL)
  SELECT least(s.next, r.oldest)::text AS xmin FROM snapshot s, running r`;

/** Advisory-lock key that lets one sealer at a time work, across every process. */
const SEAL_LOCK = 7_201_911;

interface HeadRow {
  position: string;
  hash: Buffer;
  cursor_txid: string;
  cursor_event_id: string;
}

/**
 * Seals audit events into the hash chain, in the background and in commit order.
 *
 * Writers only INSERT their events; nothing they do touches a shared row, so the chain never
 * serialises them. The sealer takes events whose writing transaction is older than the oldest
 * transaction still running in this database (SEALING_HORIZON): those can no longer change or be joined by
 * late commits, so each batch is final. Events are chained in (transaction id, sequence) order.
 */
@Injectable()
export class AuditSealer {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Seals everything that can be sealed now; returns how many events it sealed. */
  async sealPending(batchSize = 5000): Promise<number> {
    let total = 0;
    for (;;) {
      const sealed = await this.sealBatch(batchSize);
      total += sealed;
      if (sealed < batchSize) return total;
    }
  }

  private sealBatch(limit: number): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const [{ locked }] = await em.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [
        SEAL_LOCK,
      ]);
      if (!locked) return 0;
      const [{ xmin }] = await em.query(SEALING_HORIZON);
      const [head]: HeadRow[] = await em.query(
        'SELECT position::text, hash, cursor_txid::text, cursor_event_id::text FROM audit_chain_head WHERE id = 1',
      );
      const rows: { id: string; txid: string; digest: Buffer }[] = await em.query(
        `SELECT e.id::text AS id, e.txid::text AS txid, ${EVENT_DIGEST_SQL} AS digest
           FROM audit_event e
          WHERE (e.txid, e.id) > ($1::bigint, $2::bigint) AND e.txid < $3::bigint
          ORDER BY e.txid, e.id
          LIMIT $4`,
        [head.cursor_txid, head.cursor_event_id, xmin, limit],
      );
      if (!rows.length) return 0;
      let hash = head.hash;
      let position = Number(head.position);
      const positions: string[] = [];
      const ids: string[] = [];
      const hashes: Buffer[] = [];
      for (const row of rows) {
        hash = chainLink(hash, row.digest);
        position += 1;
        positions.push(String(position));
        ids.push(row.id);
        hashes.push(hash);
      }
      await em.query(
        `INSERT INTO audit_seal (position, event_id, hash)
         SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bytea[])`,
        [positions, ids, hashes],
      );
      const last = rows[rows.length - 1];
      await em.query(
        `UPDATE audit_chain_head
            SET position = $1, hash = $2, cursor_txid = $3, cursor_event_id = $4, sealed_at = now()
          WHERE id = 1`,
        [String(position), hash, last.txid, last.id],
      );
      return rows.length;
    });
  }
}
