import type { Tx } from '@tracker/audit';
import { COORDINATING_MINISTRY, type Ministry } from '@tracker/contracts';

/**
 * The ministry whose reviewers decide on a record of `ministry`: its own reviewers when it has
 * any active one, otherwise the Cabinet Office's (who would get the task on escalation anyway).
 */
export async function reviewingMinistry(tx: Tx, ministry: Ministry): Promise<Ministry> {
  const rows: unknown[] = await tx.em.query(
    `SELECT 1 FROM app_user
      WHERE disabled_at IS NULL AND 'reviewer' = ANY(roles) AND ministry = $1 LIMIT 1`,
    [ministry],
  );
  return rows.length ? ministry : COORDINATING_MINISTRY;
}
