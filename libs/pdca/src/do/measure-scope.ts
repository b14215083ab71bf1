import { COORDINATING_MINISTRY, MINISTRIES, type Ministry } from '@tracker/contracts';
import { ForbiddenError, hasPermission, type Actor } from '@tracker/core';

/**
 * Who may change a measure, or report on it: people of its lead ministry, people of the
 * coordinating ministry (the Cabinet Office secretariat), and holders of `measures.any_ministry`.
 * The route has already checked `measures.edit` or `measures.report`; this adds the ministry.
 */
export function canActForMinistry(actor: Actor, ministry: Ministry): boolean {
  return (
    hasPermission(actor, 'measures.any_ministry') ||
    actor.ministry === COORDINATING_MINISTRY ||
    actor.ministry === ministry
  );
}

export function assertMinistryScope(actor: Actor, ministry: Ministry, what: string): void {
  if (canActForMinistry(actor, ministry)) return;
  const yours = actor.ministry ? MINISTRIES[actor.ministry].en : 'no ministry';
  throw new ForbiddenError(
    `Only ${MINISTRIES[ministry].en} or ${MINISTRIES[COORDINATING_MINISTRY].en} may ${what}; you belong to ${yours}`,
    'outside_ministry',
  );
}
