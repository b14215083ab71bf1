import type { Tx } from '@tracker/audit';
import { COORDINATING_MINISTRY, type Ministry, type Role } from '@tracker/contracts';

/**
 * The ministry whose people of `role` take the tasks on a record of `ministry`: its own when it
 * has any active one, otherwise the Cabinet Office's (who would get the task on escalation
 * anyway).
 */
export async function routedMinistry(tx: Tx, ministry: Ministry, role: Role): Promise<Ministry> {
  const rows: unknown[] = await tx.em.query(
    `SELECT 1 FROM app_user
      WHERE disabled_at IS NULL AND $2 = ANY(roles) AND ministry = $1 LIMIT 1`,
    [ministry, role],
  );
  return rows.length ? ministry : COORDINATING_MINISTRY;
}

/** The ministry whose reviewers decide on a record of `ministry` (see routedMinistry). */
export function reviewingMinistry(tx: Tx, ministry: Ministry): Promise<Ministry> {
  return routedMinistry(tx, ministry, 'reviewer');
}
