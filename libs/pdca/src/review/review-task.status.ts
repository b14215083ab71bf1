import {
  COORDINATING_MINISTRY,
  type Ministry,
  type ReviewTaskAction,
  type ReviewTaskStatus,
  type Role,
} from '@tracker/contracts';
import { defineStateMachine } from '@tracker/core/state-machine';

/**
 * A review task's life cycle. `escalate` (a deadline passed) and `close` (the subject moved on
 * by other means, e.g. a proposal was withdrawn) are done by the system, never asked for.
 */
export const reviewTaskStatus = defineStateMachine<ReviewTaskStatus, ReviewTaskAction>(
  'review task',
  {
    claim: { from: ['open', 'escalated'], to: 'claimed' },
    release: { from: ['claimed'], to: 'open' },
    approve: { from: ['open', 'claimed', 'escalated'], to: 'approved' },
    request_changes: { from: ['open', 'claimed', 'escalated'], to: 'changes_requested' },
    escalate: { from: ['open', 'claimed', 'escalated'], to: 'escalated', internal: true },
    close: { from: ['open', 'claimed', 'escalated'], to: 'done', internal: true },
  },
);

export function isActive(status: ReviewTaskStatus): boolean {
  return status === 'open' || status === 'claimed' || status === 'escalated';
}

export interface Assignment {
  assignedRole: Role | null;
  assigneeId: string | null;
  ministry: Ministry | null;
}

export interface Worker {
  userId: string | null;
  roles: readonly Role[];
  ministry: Ministry | null;
}

/** A task is in someone's inbox when it is assigned to them, or to their role in their ministry. */
export function isAssignedTo(task: Assignment, who: Worker): boolean {
  if (task.assigneeId && task.assigneeId === who.userId) return true;
  return (
    task.assignedRole !== null &&
    who.roles.includes(task.assignedRole) &&
    (task.ministry === null || task.ministry === who.ministry)
  );
}

/**
 * Where overdue tasks go, level by level: the senior reviewers of the Cabinet Office secretariat,
 * then the administrators. The last level does not escalate further.
 */
export const ESCALATION_LADDER: readonly { role: Role; ministry: Ministry | null }[] = [
  { role: 'reviewer', ministry: COORDINATING_MINISTRY },
  { role: 'admin', ministry: null },
];

/**
 * The assignment after one more escalation from `level`: the next rung of the ladder that is not
 * where the task already is. Null when the task is at the top.
 */
export function escalationTarget(
  task: Assignment,
  level: number,
): { assignedRole: Role; ministry: Ministry | null; level: number } | null {
  for (const rung of ESCALATION_LADDER.slice(level)) {
    const same =
      !task.assigneeId && rung.role === task.assignedRole && rung.ministry === task.ministry;
    if (!same) return { assignedRole: rung.role, ministry: rung.ministry, level: level + 1 };
  }
  return null;
}
