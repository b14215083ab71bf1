import { BadRequestError, RuleViolationError } from '@tracker/core/errors';

/** `INC-<year>-<number>`: at least five digits, more once the sequence passes 99,999. */
export const INCIDENT_REFERENCE_PATTERN = /^INC-\d{4}-\d{5,}$/;

export function formatIncidentReference(year: number, sequence: number): string {
  return `INC-${year}-${String(sequence).padStart(5, '0')}`;
}

/** Bilingual text: either language may be missing, but not both. */
export function requireOneOf(
  values: Record<string, string | null | undefined>,
  what: string,
): void {
  const fields = Object.keys(values);
  if (fields.some((f) => values[f] != null && values[f] !== '')) return;
  throw new BadRequestError(`Invalid ${what}`, [
    {
      field: fields[0],
      message: `give ${fields.join(' or ')} (at least one)`,
      rule: 'oneLanguage',
    },
  ]);
}

/** A cross-field date rule: `later` must not be before `earlier` (YYYY-MM-DD compare as text). */
export function checkNotBefore(
  later: { field: string; value: string | null | undefined },
  earlier: { field: string; value: string | null | undefined },
): void {
  if (later.value && earlier.value && later.value < earlier.value) {
    throw new BadRequestError('Invalid dates', [
      {
        field: later.field,
        message: `${later.field} must not be before ${earlier.field}`,
        rule: 'notBefore',
        args: { date: earlier.value },
      },
    ]);
  }
}

/** The first day of the twelve-month window that ends on `today` (YYYY-MM-DD). */
export function twelveMonthsBefore(today: string): string {
  const [y, m, d] = today.split('-').map(Number);
  const date = new Date(Date.UTC(y - 1, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0); // 29 February → 28 February
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export interface BurdenCounts {
  openRequests: number;
  requestsLast12Months: number;
}

export interface BurdenThresholds {
  openRequests: number;
  requestsPerYear: number;
}

/** Why a new request would add to a heavy burden (empty: it would not). */
export function burdenReasons(counts: BurdenCounts, limits: BurdenThresholds): string[] {
  const reasons: string[] = [];
  if (counts.openRequests >= limits.openRequests) {
    reasons.push(`${counts.openRequests} open requests (threshold ${limits.openRequests})`);
  }
  if (counts.requestsLast12Months >= limits.requestsPerYear) {
    reasons.push(
      `${counts.requestsLast12Months} requests in the last twelve months (threshold ${limits.requestsPerYear})`,
    );
  }
  return reasons;
}

/**
 * Requests must avoid heavy burdens: one more request to an organisation at or above either
 * threshold needs an explicit justification, and the 422 says why.
 */
export function assertBurdenJustified(
  organisation: string,
  counts: BurdenCounts,
  limits: BurdenThresholds,
  justification: string | null | undefined,
): void {
  const reasons = burdenReasons(counts, limits);
  if (!reasons.length || justification?.trim()) return;
  throw new RuleViolationError(
    `${organisation} already has ${reasons.join(' and ')}. Information requests must avoid heavy burdens: give burdenJustification to send this one anyway`,
    'burden_justification_required',
    'burdenJustification',
    { ...counts, thresholds: { ...limits } },
  );
}
