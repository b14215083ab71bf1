import { COORDINATING_MINISTRY, type Permission } from '@tracker/contracts';

/**
 * Whether the user may change, move or report on a measure: its lead ministry's people, the
 * coordinating ministry's (Cabinet Office) and holders of `measures.any_ministry` — the rule
 * the API applies (libs/pdca measure-scope.ts), so the console offers nothing it would refuse.
 */
export function mayActForMinistry(
  permissions: readonly Permission[],
  userMinistry: string | null | undefined,
  leadMinistry: string | null | undefined,
): boolean {
  return (
    permissions.includes('measures.any_ministry') ||
    userMinistry === COORDINATING_MINISTRY ||
    (!!userMinistry && userMinistry === leadMinistry)
  );
}
