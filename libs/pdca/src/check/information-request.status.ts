import type { InformationRequestAction, InformationRequestStatus } from '@tracker/contracts';
import { ConflictError } from '@tracker/core/errors';
import { defineStateMachine } from '@tracker/core/state-machine';

/** open → answered (the response, whatever the cooperation) or open → closed (no answer, a reason). */
export const informationRequestStatus = defineStateMachine<
  InformationRequestStatus,
  InformationRequestAction
>('information request', {
  respond: { from: ['open'], to: 'answered' },
  close: { from: ['open'], to: 'closed' },
});

/** What was asked can change only while nothing has been answered. */
export function assertRequestEditable(status: InformationRequestStatus): void {
  if (status !== 'open') {
    throw new ConflictError(`An ${status} information request cannot be edited`, 'read_only', {
      currentStatus: status,
    });
  }
}
