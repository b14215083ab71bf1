import type { ReviewKind, ReviewSubjectType } from '@tracker/contracts';

/**
 * The one place where queues and jobs are named. A job is declared here (its queue, how often
 * it is tried, and for a scan its cron pattern) and handled by exactly one `@JobHandler(name)`
 * method; the worker refuses to start when a job has no handler or two.
 *
 * Plugging in a stage is one entry here plus one handler (a scan: one entry with `cron`).
 */
export const QUEUES = ['review', 'notifications', 'scans'] as const;
export type QueueName = (typeof QUEUES)[number];

export interface JobDefinition {
  queue: QueueName;
  description: string;
  /** Tries in all, with exponential backoff between them (JOB_BACKOFF_MS doubles each time). */
  attempts: number;
  /** A scheduled scan: cron pattern, in Japan time. */
  cron?: string;
}

/** A definition that also carries its payload type (payloads carry ids, never records). */
type Job<P> = JobDefinition & { readonly payload?: P };
const job = <P extends object>(definition: JobDefinition): Job<P> => definition;

export interface OpenReviewTaskPayload {
  subjectType: ReviewSubjectType;
  subjectId: string;
  kind: ReviewKind;
  /** Who submitted the subject for review: they may not decide the task. */
  submittedById: string | null;
}

export const JOBS = {
  'review.open-task': job<OpenReviewTaskPayload>({
    queue: 'review',
    description: 'Open a review task for a record that was submitted for review',
    attempts: 8,
  }),
  'incident.triage': job<{ incidentId: string }>({
    queue: 'review',
    description:
      'Score a reported incident, find its likely duplicates and open its triage task for the analysts',
    attempts: 8,
  }),
  'review.escalate': job<{ taskId: string; level: number }>({
    queue: 'review',
    description: 'Escalate a review task whose deadline passed to the next level',
    attempts: 8,
  }),
  'notification.send-email': job<{ notificationId: string }>({
    queue: 'notifications',
    description: 'E-mail a stored notification to its recipient (when SMTP is configured)',
    attempts: 10,
  }),
  'scan.review-tasks-due': job<Record<string, never>>({
    queue: 'scans',
    description:
      'Remind the people of review tasks near their deadline; escalate overdue ones whose escalation job was lost',
    attempts: 3,
    cron: '*/10 * * * *',
  }),
  'scan.outbox-prune': job<Record<string, never>>({
    queue: 'scans',
    description: 'Delete outbox events relayed more than OUTBOX_RETENTION_DAYS ago',
    attempts: 3,
    cron: '17 3 * * *',
  }),
  'scan.incident-stats-fold': job<Record<string, never>>({
    queue: 'scans',
    description: 'Fold the incident statistics delta log into the summary (keeps reads small)',
    attempts: 3,
    cron: '* * * * *',
  }),
  'scan.measures-late': job<Record<string, never>>({
    queue: 'scans',
    description:
      'Notify the coordinators of the lead ministry of measures that became late (once per reason)',
    attempts: 3,
    cron: '10 6 * * *',
  }),
  'scan.milestones-due': job<Record<string, never>>({
    queue: 'scans',
    description:
      'Notify the owners of measures of milestones due within 14 days (once per milestone and date)',
    attempts: 3,
    cron: '15 6 * * *',
  }),
  'scan.information-requests-overdue': job<Record<string, never>>({
    queue: 'scans',
    description: 'Notify the analysts of open information requests past their due date (once)',
    attempts: 3,
    cron: '20 6 * * *',
  }),
  'scan.guidance-follow-up-due': job<Record<string, never>>({
    queue: 'scans',
    description: 'Open a follow-up task on issued guidance whose follow-up date has come (once)',
    attempts: 3,
    cron: '25 6 * * *',
  }),
  'cycle.evaluate': job<{ evaluationId: string }>({
    queue: 'scans',
    description: 'Compute and store the report of a requested cycle evaluation (once)',
    attempts: 5,
  }),
  'scan.cycle-evaluations-due': job<Record<string, never>>({
    queue: 'scans',
    description:
      'At the start of a quarter, request the evaluation of the quarter just ended (and on 1 April of the fiscal year)',
    attempts: 3,
    cron: '5 0 1 1,4,7,10 *',
  }),
} as const satisfies Record<string, Job<object>>;

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = NonNullable<(typeof JOBS)[N]['payload']>;
export const JOB_NAMES = Object.keys(JOBS) as JobName[];

export function isJobName(name: string): name is JobName {
  return Object.prototype.hasOwnProperty.call(JOBS, name);
}
