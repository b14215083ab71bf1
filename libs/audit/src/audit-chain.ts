import { createHash } from 'node:crypto';

/** The chain starts from 32 zero bytes. */
export const GENESIS_HASH: Buffer = Buffer.alloc(32);

/**
 * One link of the chain: the hash of the previous link and the event's digest. The digest itself
 * is computed by the database function `audit_event_digest`, so sealing and verification read
 * exactly the same canonical form of an event.
 */
export function chainLink(previous: Buffer, digest: Buffer): Buffer {
  return createHash('sha256').update(previous).update(digest).digest();
}

export interface SealRow {
  position: number;
  eventId: string;
  hash: Buffer;
  /** Null when the sealed event no longer exists. */
  digest: Buffer | null;
}

export type ChainBreak = { position: number; eventId: string; reason: string };

/**
 * Re-walks a run of seals from a known previous link. Returns the last link, or the first seal
 * that does not match: a missing event, an event whose content changed, or a gap in positions.
 */
export function walkSeals(
  rows: readonly SealRow[],
  previous: { position: number; hash: Buffer },
): { ok: true; last: { position: number; hash: Buffer } } | ({ ok: false } & ChainBreak) {
  let { position, hash } = previous;
  for (const row of rows) {
    if (row.position !== position + 1) {
      return {
        ok: false,
        position: row.position,
        eventId: row.eventId,
        reason: 'gap in the chain',
      };
    }
    if (!row.digest) {
      return { ok: false, position: row.position, eventId: row.eventId, reason: 'event missing' };
    }
    const expected = chainLink(hash, row.digest);
    if (!expected.equals(row.hash)) {
      return {
        ok: false,
        position: row.position,
        eventId: row.eventId,
        reason: 'event content or chain link does not match its seal',
      };
    }
    position = row.position;
    hash = row.hash;
  }
  return { ok: true, last: { position, hash } };
}
