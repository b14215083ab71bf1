import { fiscalYearBounds, fiscalYearOf } from './fiscal-year';

describe('fiscal years (April–March)', () => {
  it('puts January to March in the previous fiscal year', () => {
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
    expect(fiscalYearOf('2025-12-23')).toBe(2025);
  });

  it('gives the first and last day', () => {
    expect(fiscalYearBounds(2025)).toEqual({ startsOn: '2025-04-01', endsOn: '2026-03-31' });
  });
});
