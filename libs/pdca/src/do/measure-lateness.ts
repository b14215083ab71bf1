import type { LateReason, MeasureStatus } from '@tracker/contracts';
import { lastCompletePeriod } from './reporting-period';

/**
 * When a measure is late. Lateness is derived from milestones and reports, never entered:
 * - a milestone whose due date has passed (before today in Japan) and is not done, for a
 *   measure that has not ended (planned, in progress or suspended);
 * - no current progress report for the last complete reporting period, for a measure in
 *   progress that had started (by its start date) before that period ended.
 * The same rule runs in SQL for lists and filters (measure-lateness.sql.ts); an integration test
 * checks that the two agree on the same data.
 */
export const MILESTONE_WATCHED_STATUSES: readonly MeasureStatus[] = [
  'planned',
  'in_progress',
  'suspended',
];
export const REPORT_WATCHED_STATUSES: readonly MeasureStatus[] = ['in_progress'];

export interface LatenessFacts {
  status: MeasureStatus;
  startDate: string;
  milestones: readonly { id: string; dueDate: string; doneOn: string | null }[];
  /** Periods (e.g. `FY2025-Q3`) that have a current, not superseded, report. */
  reportedPeriods: readonly string[];
}

/** Why the measure is late on `today` (YYYY-MM-DD, Japan): overdue milestones by due date, then a missing report. */
export function lateReasons(facts: LatenessFacts, today: string): LateReason[] {
  const reasons: LateReason[] = [];
  if (MILESTONE_WATCHED_STATUSES.includes(facts.status)) {
    const overdue = facts.milestones
      .filter((m) => m.doneOn === null && m.dueDate < today)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
    for (const m of overdue) {
      reasons.push({ kind: 'milestone_overdue', milestoneId: m.id, dueDate: m.dueDate });
    }
  }
  const due = lastCompletePeriod(today);
  if (
    REPORT_WATCHED_STATUSES.includes(facts.status) &&
    facts.startDate <= due.end &&
    !facts.reportedPeriods.includes(due.label)
  ) {
    reasons.push({ kind: 'report_missing', period: due.label });
  }
  return reasons;
}
