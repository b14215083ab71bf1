import { formatDateOnly, formatInstant, japanDate } from './japan-time';

describe('Japan time', () => {
  it('reads the calendar date of an instant in Japan', () => {
    expect(japanDate(new Date('2025-12-22T15:00:00Z'))).toBe('2025-12-23');
    expect(japanDate(new Date('2025-12-22T14:59:59Z'))).toBe('2025-12-22');
  });

  it('shows instants in Japan time, marked JST', () => {
    expect(formatInstant('2025-12-23T01:05:00Z', 'ja')).toBe('2025/12/23 10:05 JST');
    expect(formatInstant('2025-12-23T01:05:00Z', 'en')).toBe('23 Dec 2025, 10:05 JST');
    expect(formatInstant(null, 'ja')).toBe('');
  });

  it('shows date-only values without shifting the day', () => {
    expect(formatDateOnly('2025-12-23', 'ja')).toBe('2025年12月23日');
    expect(formatDateOnly('2030-03-31', 'en')).toBe('31 Mar 2030');
    expect(formatDateOnly(undefined, 'en')).toBe('');
  });
});
