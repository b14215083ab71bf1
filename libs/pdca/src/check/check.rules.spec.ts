import { BadRequestError, RuleViolationError } from '@tracker/core';
import {
  INCIDENT_REFERENCE_PATTERN,
  assertBurdenJustified,
  burdenReasons,
  checkNotBefore,
  formatIncidentReference,
  requireOneOf,
  twelveMonthsBefore,
} from './check.rules';

describe('incident references', () => {
  it('pads the sequence to five digits and grows past them', () => {
    expect(formatIncidentReference(2026, 42)).toBe('INC-2026-00042');
    expect(formatIncidentReference(2027, 123456)).toBe('INC-2027-123456');
    expect(INCIDENT_REFERENCE_PATTERN.test('INC-2026-00042')).toBe(true);
    expect(INCIDENT_REFERENCE_PATTERN.test('INC-2026-42')).toBe(false);
    expect(INCIDENT_REFERENCE_PATTERN.test('inc-2026-00042')).toBe(false);
  });
});

describe('burden of information requests', () => {
  const limits = { openRequests: 3, requestsPerYear: 6 };

  it('counts at or above either threshold as a burden', () => {
    expect(burdenReasons({ openRequests: 2, requestsLast12Months: 5 }, limits)).toEqual([]);
    expect(burdenReasons({ openRequests: 3, requestsLast12Months: 0 }, limits)).toEqual([
      '3 open requests (threshold 3)',
    ]);
    expect(burdenReasons({ openRequests: 0, requestsLast12Months: 6 }, limits)).toEqual([
      '6 requests in the last twelve months (threshold 6)',
    ]);
  });

  it('asks for a justification, with the counts and thresholds', () => {
    const counts = { openRequests: 4, requestsLast12Months: 7 };
    expect(() => assertBurdenJustified('Org', counts, limits, 'needed')).not.toThrow();
    expect(() =>
      assertBurdenJustified('Org', { openRequests: 0, requestsLast12Months: 0 }, limits, undefined),
    ).not.toThrow();
    let error: RuleViolationError | undefined;
    try {
      assertBurdenJustified('Org', counts, limits, '   ');
    } catch (e) {
      error = e as RuleViolationError;
    }
    expect(error?.code).toBe('burden_justification_required');
    expect(error?.field).toBe('burdenJustification');
    expect(error?.message).toContain(
      'Org already has 4 open requests (threshold 3) and 7 requests in the last twelve months (threshold 6)',
    );
    expect(error?.extra).toEqual({ ...counts, thresholds: limits });
  });

  it('starts the twelve-month window the day after the same date a year earlier', () => {
    expect(twelveMonthsBefore('2026-11-21')).toBe('2025-11-22');
    expect(twelveMonthsBefore('2026-01-01')).toBe('2025-01-02');
    expect(twelveMonthsBefore('2028-02-29')).toBe('2027-03-01');
  });
});

describe('field rules', () => {
  it('wants at least one language', () => {
    expect(() => requireOneOf({ titleJa: 'タイトル', titleEn: undefined }, 'title')).not.toThrow();
    expect(() => requireOneOf({ titleJa: null, titleEn: '' }, 'title')).toThrow(
      expect.objectContaining({
        details: [expect.objectContaining({ field: 'titleJa', rule: 'oneLanguage' })],
      }),
    );
  });

  it('keeps a later date not before the earlier one', () => {
    const rule = (later: string, earlier: string) => () =>
      checkNotBefore({ field: 'dueDate', value: later }, { field: 'requestDate', value: earlier });
    expect(rule('2026-02-01', '2026-02-01')).not.toThrow();
    expect(rule('2026-01-31', '2026-02-01')).toThrow(BadRequestError);
    // The rule and the date it follows, for a client to say in its own words.
    expect(rule('2026-01-31', '2026-02-01')).toThrow(
      expect.objectContaining({
        details: [
          expect.objectContaining({
            field: 'dueDate',
            rule: 'notBefore',
            args: { date: '2026-02-01' },
          }),
        ],
      }),
    );
  });
});
