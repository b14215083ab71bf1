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

/**
 * The digest of the event aliased `e` in a query: the database function over its fields (one
 * definition, in the migrations), called the same way by the sealer and the verifier.
 */
export const EVENT_DIGEST_SQL =
  'audit_event_digest(e.id, e.occurred_at, e.actor_id, e.actor_label, e.action, e.entity_type, e.entity_id, e.before, e.after, e.request_id)';
