import type { PlanVersionAction, PlanVersionStatus } from '@tracker/contracts';
import { ConflictError } from '@tracker/core/errors';
import { defineStateMachine } from '@tracker/core/state-machine';

/**
 * The plan's life cycle. `supersede` is never requested on its own: approving a successor
 * supersedes the approved version in the same transaction.
 */
export const planVersionStatus = defineStateMachine<PlanVersionStatus, PlanVersionAction>(
  'plan version',
  {
    propose: { from: ['draft'], to: 'proposed' },
    withdraw: { from: ['proposed'], to: 'draft' },
    approve: { from: ['proposed'], to: 'approved' },
    supersede: { from: ['approved'], to: 'superseded', internal: true },
  },
);

/** Only a draft's content, objectives and KPIs may change. */
export function assertPlanEditable(status: PlanVersionStatus): void {
  if (status !== 'draft') {
    throw new ConflictError(
      `A ${status} plan version is read-only; amend it to open a new draft`,
      'read_only',
      { currentStatus: status },
    );
  }
}

/** Actions a user may ask for on a version in this state, including amending the approved one. */
export function planVersionActions(status: PlanVersionStatus): string[] {
  const actions: string[] = planVersionStatus.allowed(status);
  if (status === 'approved') actions.push('amend');
  return actions;
}
