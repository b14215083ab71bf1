import { japanToday } from '../time/japan-time';

/** A date-only input may not lie in the future (in Japan): decisions are recorded after the fact. */
export const notFuture = (value: string | null | undefined) =>
  value && value > japanToday() ? 'tracker.validation.not_future' : undefined;

/** The last fiscal year of a plan may not come before its first. */
export const fiscalYearsInOrder = (values: Record<string, unknown>) => {
  const from = values.fiscalYearFrom as number | null | undefined;
  const to = values.fiscalYearTo as number | null | undefined;
  return from != null && to != null && to < from
    ? { fiscalYearTo: 'tracker.validation.fiscal_years' }
    : {};
};
