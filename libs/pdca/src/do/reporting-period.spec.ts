import {
  lastCompletePeriod,
  nextPeriod,
  parsePeriod,
  periodOf,
  periodsFrom,
  previousPeriod,
} from './reporting-period';

describe('reporting periods (fiscal quarters, April–March)', () => {
  it.each([
    ['FY2025-Q1', '2025-04-01', '2025-06-30'],
    ['FY2025-Q2', '2025-07-01', '2025-09-30'],
    ['FY2025-Q3', '2025-10-01', '2025-12-31'],
    ['FY2025-Q4', '2026-01-01', '2026-03-31'],
    ['FY2027-Q4', '2028-01-01', '2028-03-31'],
  ])('%s runs from %s to %s', (label, start, end) => {
    expect(parsePeriod(label)).toMatchObject({ label, start, end });
  });

  it('refuses labels that are not fiscal quarters', () => {
    for (const bad of ['FY2025-Q5', 'FY2025-Q0', '2025-Q1', 'FY25-Q1', 'fy2025-q1', 'FY2025-Q1 ']) {
      expect(parsePeriod(bad)).toBeNull();
    }
  });

  it.each([
    ['2025-04-01', 'FY2025-Q1'],
    ['2025-06-30', 'FY2025-Q1'],
    ['2025-07-01', 'FY2025-Q2'],
    ['2025-12-31', 'FY2025-Q3'],
    ['2026-01-01', 'FY2025-Q4'],
    ['2026-03-31', 'FY2025-Q4'],
    ['2024-02-29', 'FY2023-Q4'],
  ])('%s falls in %s', (date, label) => {
    expect(periodOf(date).label).toBe(label);
  });

  it('steps across fiscal-year boundaries', () => {
    expect(previousPeriod(parsePeriod('FY2026-Q1')!).label).toBe('FY2025-Q4');
    expect(nextPeriod(parsePeriod('FY2025-Q4')!).label).toBe('FY2026-Q1');
    expect(nextPeriod(parsePeriod('FY2025-Q2')!).label).toBe('FY2025-Q3');
  });

  it('takes the quarter before today’s as the last complete one', () => {
    expect(lastCompletePeriod('2026-04-01').label).toBe('FY2025-Q4');
    expect(lastCompletePeriod('2026-03-31').label).toBe('FY2025-Q3');
    expect(lastCompletePeriod('2025-10-15').label).toBe('FY2025-Q2');
  });

  it('lists the periods from a start date up to a period', () => {
    expect(periodsFrom('2025-11-20', parsePeriod('FY2026-Q1')!).map((p) => p.label)).toEqual([
      'FY2025-Q3',
      'FY2025-Q4',
      'FY2026-Q1',
    ]);
    expect(periodsFrom('2026-11-20', parsePeriod('FY2026-Q1')!)).toEqual([]);
  });
});
