import type { FindingAction, FindingStatus, RecommendedAction } from '@tracker/contracts';
import { BadRequestError, ConflictError } from '@tracker/core/errors';
import { defineStateMachine } from '@tracker/core/state-machine';

/** draft → in_review → accepted, or returned (then edited and submitted again). */
export const findingStatus = defineStateMachine<FindingStatus, FindingAction>('finding', {
  submit: { from: ['draft', 'returned'], to: 'in_review' },
  accept: { from: ['in_review'], to: 'accepted' },
  return: { from: ['in_review'], to: 'returned' },
});

/** A finding is written while a draft or returned; in review and accepted ones are fixed. */
export function assertFindingEditable(status: FindingStatus): void {
  if (status !== 'draft' && status !== 'returned') {
    throw new ConflictError(`A finding that is ${status} cannot be edited`, 'read_only', {
      currentStatus: status,
    });
  }
}

/** A referral names the ministry it goes to; no other action names one. */
export function checkReferral(action: RecommendedAction, ministry: string | null | undefined) {
  if (action === 'ministry_referral' && !ministry) {
    throw new BadRequestError('Invalid finding', [
      {
        field: 'referralMinistry',
        message: 'referralMinistry is required for a ministry referral',
      },
    ]);
  }
  if (action !== 'ministry_referral' && ministry) {
    throw new BadRequestError('Invalid finding', [
      {
        field: 'referralMinistry',
        message: 'referralMinistry is only given when the recommended action is ministry_referral',
      },
    ]);
  }
}
