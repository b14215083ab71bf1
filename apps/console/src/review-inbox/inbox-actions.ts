import {
  ACTIVE_REVIEW_TASK_STATUSES,
  type ReviewSubjectType,
  type ReviewTaskStatus,
} from '@tracker/contracts';

/** A review task as the inbox endpoint answers it. */
export interface InboxTask {
  id: string;
  subjectType: ReviewSubjectType;
  subjectId: string;
  subjectLabel: string;
  kind: string;
  status: ReviewTaskStatus;
  /** Moves the task's status allows now. */
  actions: string[];
  assigneeId: string | null;
  assignedRole: string | null;
  ministry: string | null;
  submittedById: string | null;
  claimedById: string | null;
  dueAt: string;
  escalationLevel: number;
  comment: string | null;
}

/** What the reader can do with a task now, and what to tell them about it. */
export interface TaskAvailability {
  claim: boolean;
  release: boolean;
  approve: boolean;
  requestChanges: boolean;
  claimedByMe: boolean;
  claimedByOther: boolean;
  /** The reader submitted the subject: the API refuses their decision (separation of duties). */
  ownWork: boolean;
}

/**
 * The inbox's buttons for a task, from its status (`actions`) and who the reader is. Someone
 * else's claim hides every move (the API would refuse it); a reviewer's own work keeps the
 * decision buttons, so that the API's refusal is what they see — the API is the rule's home —
 * but never offers to claim it.
 */
export function taskAvailability(task: InboxTask, me: string | undefined): TaskAvailability {
  const allows = (move: string) => task.actions.includes(move);
  const claimedByMe = task.status === 'claimed' && !!me && task.claimedById === me;
  const claimedByOther = task.status === 'claimed' && !claimedByMe;
  const ownWork = !!me && task.submittedById === me;
  return {
    claim: allows('claim') && !ownWork,
    release: allows('release') && claimedByMe,
    approve: allows('approve') && !claimedByOther,
    requestChanges: allows('request_changes') && !claimedByOther,
    claimedByMe,
    claimedByOther,
    ownWork,
  };
}

const ACTIVE = new Set<string>(ACTIVE_REVIEW_TASK_STATUSES);

/** Still waiting and past its deadline. */
export const isOverdue = (task: Pick<InboxTask, 'status' | 'dueAt'>, now: Date = new Date()) =>
  ACTIVE.has(task.status) && Date.parse(task.dueAt) < now.getTime();

/** "Mine" is what is assigned to me by name or claimed by me; the rest came to my role. */
export const isMine = (task: InboxTask, me: string | undefined) =>
  !!me && (task.assigneeId === me || task.claimedById === me);
