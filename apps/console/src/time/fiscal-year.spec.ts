import { fiscalYearOf, fiscalYearRange, formatFiscalPeriod, formatFiscalYear } from './fiscal-year';

describe('fiscal year (April to March, Japan time)', () => {
  it('names the fiscal year after the year it starts in', () => {
    expect(fiscalYearOf('2025-04-01')).toBe(2025);
    expect(fiscalYearOf('2025-12-23')).toBe(2025);
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
    expect(fiscalYearOf('2026-01-01')).toBe(2025);
  });

  it('counts instants in Japan time, not UTC or the browser zone', () => {
    // 31 March 15:00 UTC is already 1 April in Japan: the new fiscal year.
    expect(fiscalYearOf(new Date('2026-03-31T15:00:00Z'))).toBe(2026);
    expect(fiscalYearOf(new Date('2026-03-31T14:59:59Z'))).toBe(2025);
    expect(fiscalYearOf('2026-03-31T23:30:00Z'.slice(0, 10))).toBe(2025);
  });

  it('gives the first and last day of a fiscal year', () => {
    expect(fiscalYearRange(2025)).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    for (const day of [fiscalYearRange(2030).start, fiscalYearRange(2030).end]) {
      expect(fiscalYearOf(day)).toBe(2030);
    }
  });

  it('writes fiscal years the way each language does, with the Reiwa era in Japanese', () => {
    expect(formatFiscalYear(2025, 'ja')).toBe('2025年度（令和7年度）');
    expect(formatFiscalYear(2019, 'ja')).toBe('2019年度（令和元年度）');
    expect(formatFiscalYear(2018, 'ja')).toBe('2018年度');
    expect(formatFiscalYear(2025, 'en')).toBe('FY2025');
    expect(formatFiscalPeriod(2025, 2027, 'ja')).toBe('2025〜2027年度');
    expect(formatFiscalPeriod(2025, 2027, 'en')).toBe('FY2025–FY2027');
    expect(formatFiscalPeriod(2025, null, 'en')).toBe('FY2025');
    expect(formatFiscalPeriod(null, null, 'ja')).toBe('');
  });
});
