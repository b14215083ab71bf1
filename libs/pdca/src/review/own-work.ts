import type { Tx } from '@tracker/audit';
import { ForbiddenError } from '@tracker/core';

/**
 * Refuses a decision on one's own work outside a review task (a stage's direct approval
 * endpoint): whoever did the latest `<entity type>.<submit verb>` of the record — proposed it,
 * submitted it — may not approve it. Review tasks store the submitter instead.
 */
export async function assertNotOwnWork(
  tx: Tx,
  entityType: string,
  entityId: string,
  submitVerb: string,
): Promise<void> {
  const [submission]: { actor_id: string | null }[] = await tx.em.query(
    `SELECT actor_id FROM audit_event
      WHERE entity_type = $1 AND entity_id = $2 AND action = $3
      ORDER BY id DESC LIMIT 1`,
    [entityType, entityId, `${entityType}.${submitVerb}`],
  );
  if (submission?.actor_id && submission.actor_id === tx.actor.userId) {
    throw new ForbiddenError(
      `You did the ${submitVerb} of this record; someone else must approve your own work`,
      'own_work',
    );
  }
}
