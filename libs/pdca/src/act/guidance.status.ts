import {
  GUIDANCE_ISSUED_STATUSES,
  type GuidanceAction,
  type GuidanceStatus,
} from '@tracker/contracts';
import { ConflictError } from '@tracker/core/errors';
import { defineStateMachine } from '@tracker/core/state-machine';

/**
 * A guidance version's life cycle. `approve` and `return` are the reviewer's decisions on the
 * approval task; `supersede` happens only when the next version of the same reference is issued.
 */
export const guidanceStatus = defineStateMachine<GuidanceStatus, GuidanceAction>('guidance', {
  submit: { from: ['draft'], to: 'in_review' },
  approve: { from: ['in_review'], to: 'approved', internal: true },
  return: { from: ['in_review'], to: 'draft', internal: true },
  issue: { from: ['approved'], to: 'issued' },
  withdraw: { from: ['issued'], to: 'withdrawn' },
  supersede: { from: ['issued'], to: 'superseded', internal: true },
});

export const isIssued = (status: GuidanceStatus) => GUIDANCE_ISSUED_STATUSES.includes(status);

/** Only a draft's text, addressees and findings change; an issued text never does. */
export function assertGuidanceEditable(status: GuidanceStatus): void {
  if (status !== 'draft') {
    throw new ConflictError(
      isIssued(status)
        ? `An ${status} guidance text never changes; revise it to write a new version`
        : `A guidance version that is ${status} is read-only`,
      'read_only',
      { currentStatus: status },
    );
  }
}

/**
 * Follow-up and acknowledgement are recorded after issue (also of a version later withdrawn or
 * superseded: the addressee may acknowledge late); before issue there is nothing to follow up.
 */
export function assertFollowUpRecordable(status: GuidanceStatus): void {
  if (!isIssued(status)) {
    throw new ConflictError(
      `Follow-up and acknowledgement are recorded once the guidance is issued; it is ${status}`,
      'not_issued',
      { currentStatus: status },
    );
  }
}

/** Moves offered on a version: its transitions, `revise` on the issued one, and acknowledgement. */
export function guidanceActions(status: GuidanceStatus, acknowledged: boolean): string[] {
  const actions: string[] = guidanceStatus.allowed(status);
  if (status === 'issued') actions.push('revise');
  if (isIssued(status) && !acknowledged) actions.push('acknowledge');
  return actions;
}
