import { validateSync } from 'class-validator';
import { IsDateOnly, isDateOnly, todayInJapan } from './validation';

class Decision {
  @IsDateOnly({ notFuture: true })
  decidedOn: unknown;
}

const errors = (decidedOn: unknown) =>
  validateSync(Object.assign(new Decision(), { decidedOn })).map((e) => e.property);

describe('date-only validation', () => {
  it('accepts real calendar dates only', () => {
    expect(isDateOnly('2025-02-28')).toBe(true);
    expect(isDateOnly('2024-02-29')).toBe(true);
    expect(isDateOnly('2025-02-29')).toBe(false);
    expect(isDateOnly('2025-2-1')).toBe(false);
    expect(isDateOnly('2025-02-01T00:00:00Z')).toBe(false);
    expect(isDateOnly(20250201)).toBe(false);
  });

  it('uses the Japanese calendar day for "today"', () => {
    expect(todayInJapan(new Date('2025-12-31T15:30:00Z'))).toBe('2026-01-01');
  });

  it('refuses a decision dated in the future', () => {
    expect(errors(todayInJapan())).toEqual([]);
    expect(errors('2999-01-01')).toEqual(['decidedOn']);
  });
});
