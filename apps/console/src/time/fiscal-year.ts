import { japanDate } from './japan-time';

/**
 * Japan's fiscal year (年度) runs from 1 April to 31 March and is named after the year it
 * starts in: FY2025 (2025年度) is April 2025 to March 2026. Instants count in Japan time.
 */
export function fiscalYearOf(date: string | Date): number {
  const day = typeof date === 'string' ? date.slice(0, 10) : japanDate(date);
  const [year, month] = day.split('-').map(Number);
  return month >= 4 ? year : year - 1;
}

/** First and last day of a fiscal year. */
export function fiscalYearRange(fiscalYear: number): { start: string; end: string } {
  return { start: `${fiscalYear}-04-01`, end: `${fiscalYear + 1}-03-31` };
}

/** 令和 starts with 2019 (令和元年), so FY2019 is 令和元年度. */
const REIWA_OFFSET = 2018;

/** 2025年度（令和7年度） / FY2025. */
export function formatFiscalYear(fiscalYear: number, locale: string): string {
  if (locale !== 'ja') return `FY${fiscalYear}`;
  const reiwa = fiscalYear - REIWA_OFFSET;
  return reiwa >= 1
    ? `${fiscalYear}年度（令和${reiwa === 1 ? '元' : reiwa}年度）`
    : `${fiscalYear}年度`;
}

/** 2025〜2027年度 / FY2025–FY2027, or one year when both ends are the same. */
export function formatFiscalPeriod(
  from: number | null | undefined,
  to: number | null | undefined,
  locale: string,
): string {
  if (from == null && to == null) return '';
  if (from == null || to == null || from === to) {
    return formatFiscalYear((from ?? to) as number, locale);
  }
  return locale === 'ja' ? `${from}〜${to}年度` : `FY${from}–FY${to}`;
}
