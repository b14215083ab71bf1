import type { LateReason, RagRating } from '@tracker/contracts';
import { formatDateOnly } from '../time/japan-time';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "マイルストーン期限超過（2026年3月31日）", "No progress report (FY2025-Q3)" ... */
export function describeLateReasons(
  reasons: readonly LateReason[] | null | undefined,
  translate: Translate,
  locale: string,
): string[] {
  return (reasons ?? []).map((reason) =>
    reason.kind === 'milestone_overdue'
      ? translate('tracker.do.late_reason.milestone_overdue', {
          date: formatDateOnly(reason.dueDate, locale),
        })
      : translate('tracker.do.late_reason.report_missing', { period: reason.period }),
  );
}

/** Japan's fiscal quarter holding a date (YYYY-MM-DD): 2025-10-01 is FY2025-Q3. */
export function fiscalQuarterOf(date: string): string {
  const [year, month] = date.split('-').map(Number);
  const fiscalYear = month >= 4 ? year : year - 1;
  const quarter = month >= 4 ? Math.ceil((month - 3) / 3) : 4;
  return `FY${fiscalYear}-Q${quarter}`;
}

/**
 * The period a new report most likely covers: the first one the API found missing, else the
 * quarter of today.
 */
export function suggestedPeriod(reasons: readonly LateReason[] | null | undefined, today: string) {
  const missing = (reasons ?? []).find((r) => r.kind === 'report_missing');
  return missing?.kind === 'report_missing' ? missing.period : fiscalQuarterOf(today);
}

export interface RatedReport {
  id: string;
  period: string;
  periodStart: string;
  rating: RagRating;
  status: string;
  createdAt: string;
}

/**
 * The dated rating history of a measure: one point per period (its current report), oldest
 * first; corrections replace the point of their period, superseded reports drop out.
 */
export function ratingHistory(reports: readonly RatedReport[]): RatedReport[] {
  return reports
    .filter((r) => r.status === 'submitted')
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart));
}
