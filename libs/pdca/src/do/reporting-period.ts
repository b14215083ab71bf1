/**
 * Reporting periods are fiscal quarters of Japan's fiscal year, which runs from April to March:
 * FY2025-Q1 is April–June 2025, FY2025-Q4 is January–March 2026. Pure date arithmetic on
 * YYYY-MM-DD strings, no time zones involved.
 */
export interface ReportingPeriod {
  /** e.g. `FY2025-Q3` */
  label: string;
  fiscalYear: number;
  quarter: 1 | 2 | 3 | 4;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD. */
  end: string;
}

export const PERIOD_PATTERN = /^FY(\d{4})-Q([1-4])$/;

const pad = (n: number) => String(n).padStart(2, '0');

function build(fiscalYear: number, quarter: 1 | 2 | 3 | 4): ReportingPeriod {
  const year = quarter === 4 ? fiscalYear + 1 : fiscalYear;
  const month = quarter === 4 ? 1 : quarter * 3 + 1;
  const lastDay = new Date(Date.UTC(year, month + 2, 0)).getUTCDate();
  return {
    label: `FY${fiscalYear}-Q${quarter}`,
    fiscalYear,
    quarter,
    start: `${year}-${pad(month)}-01`,
    end: `${year}-${pad(month + 2)}-${pad(lastDay)}`,
  };
}

/** The period a label names, or null when it is not of the form `FY2025-Q3`. */
export function parsePeriod(label: string): ReportingPeriod | null {
  const m = PERIOD_PATTERN.exec(label);
  return m ? build(Number(m[1]), Number(m[2]) as 1 | 2 | 3 | 4) : null;
}

/** The period that contains a date (YYYY-MM-DD). */
export function periodOf(date: string): ReportingPeriod {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= 4
    ? build(year, (Math.floor((month - 4) / 3) + 1) as 1 | 2 | 3)
    : build(year - 1, 4);
}

export function previousPeriod(period: ReportingPeriod): ReportingPeriod {
  return period.quarter === 1
    ? build(period.fiscalYear - 1, 4)
    : build(period.fiscalYear, (period.quarter - 1) as 1 | 2 | 3);
}

export function nextPeriod(period: ReportingPeriod): ReportingPeriod {
  return period.quarter === 4
    ? build(period.fiscalYear + 1, 1)
    : build(period.fiscalYear, (period.quarter + 1) as 2 | 3 | 4);
}

/** The most recent period that has ended by `today`: the one a report is now due for. */
export function lastCompletePeriod(today: string): ReportingPeriod {
  return previousPeriod(periodOf(today));
}

/** Every period from the one containing `from` up to and including `to` (empty if `to` is earlier). */
export function periodsFrom(from: string, to: ReportingPeriod): ReportingPeriod[] {
  const periods: ReportingPeriod[] = [];
  for (let p = periodOf(from); p.start <= to.start; p = nextPeriod(p)) periods.push(p);
  return periods;
}
