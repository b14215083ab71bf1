/** What a review task is about: the record types whose life cycles go through review. */
export const REVIEW_SUBJECT_TYPES = [
  'incident',
  'investigation',
  'finding',
  'guidance',
  'amendment',
  'measure',
  'plan_version',
] as const;
export type ReviewSubjectType = (typeof REVIEW_SUBJECT_TYPES)[number];

export const REVIEW_KINDS = [
  'triage',
  'approval',
  'periodic_review',
  'follow_up',
  'evaluation',
] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/**
 * open → claimed → approved | changes_requested; an overdue task is escalated to the next level
 * and can be claimed there; `done` closes a task whose subject moved on by other means.
 */
export const REVIEW_TASK_STATUSES = [
  'open',
  'claimed',
  'approved',
  'changes_requested',
  'escalated',
  'done',
] as const;
export type ReviewTaskStatus = (typeof REVIEW_TASK_STATUSES)[number];

export const REVIEW_TASK_ACTIONS = [
  'claim',
  'release',
  'approve',
  'request_changes',
  'escalate',
  'close',
] as const;
export type ReviewTaskAction = (typeof REVIEW_TASK_ACTIONS)[number];

/** Statuses in which a task still waits for someone. */
export const ACTIVE_REVIEW_TASK_STATUSES = ['open', 'claimed', 'escalated'] as const;

export const REVIEW_DECISIONS = ['approved', 'changes_requested'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * How long each kind of task may wait before it is escalated: the one table of review
 * deadlines (the worker's escalation jobs and the console's due dates both read it).
 */
export const REVIEW_DEADLINES_MS: Record<ReviewKind, number> = {
  triage: 2 * DAY,
  approval: 10 * DAY,
  periodic_review: 14 * DAY,
  follow_up: 7 * DAY,
  evaluation: 21 * DAY,
};

/** A task is "due soon" (and its people reminded) within this share of its deadline. */
export const REVIEW_DUE_SOON_SHARE = 0.2;

export const NOTIFICATION_KINDS = [
  'review_task_assigned',
  'review_task_due_soon',
  'review_task_escalated',
  'review_task_decided',
  // From the scheduled scans (docs/adr/0015).
  'measure_late',
  'milestone_due_soon',
  'information_request_overdue',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
