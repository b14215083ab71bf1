import type { AmendmentAction, AmendmentStatus } from '@tracker/contracts';
import { ConflictError } from '@tracker/core/errors';
import { defineStateMachine } from '@tracker/core/state-machine';

/**
 * proposed → in_review → approved | rejected. The decision is the reviewer's, on the approval
 * task (a request for changes rejects the amendment with the comment as its reason).
 */
export const amendmentStatus = defineStateMachine<AmendmentStatus, AmendmentAction>('amendment', {
  submit: { from: ['proposed'], to: 'in_review' },
  approve: { from: ['in_review'], to: 'approved', internal: true },
  reject: { from: ['in_review'], to: 'rejected', internal: true },
});

/** A proposal is edited (and deleted) until it is submitted. */
export function assertAmendmentEditable(status: AmendmentStatus): void {
  if (status !== 'proposed') {
    throw new ConflictError(`An amendment that is ${status} is read-only`, 'read_only', {
      currentStatus: status,
    });
  }
}
