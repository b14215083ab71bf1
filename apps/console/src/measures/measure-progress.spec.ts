import {
  describeLateReasons,
  fiscalQuarterOf,
  ratingHistory,
  suggestedPeriod,
  type RatedReport,
} from './measure-progress';

const translate = (key: string, options?: Record<string, unknown>) =>
  `${key.split('.').pop()}:${Object.values(options ?? {}).join(',')}`;

describe('describeLateReasons', () => {
  it('names each reason, dates in the reader’s language', () => {
    const reasons = [
      { kind: 'milestone_overdue' as const, milestoneId: 'm1', dueDate: '2026-03-31' },
      { kind: 'report_missing' as const, period: 'FY2025-Q3' },
    ];
    expect(describeLateReasons(reasons, translate, 'en')).toEqual([
      expect.stringMatching(/^milestone_overdue:.*2026/),
      'report_missing:FY2025-Q3',
    ]);
    expect(describeLateReasons(null, translate, 'ja')).toEqual([]);
  });
});

describe('fiscal quarters', () => {
  it('starts the fiscal year in April', () => {
    expect(fiscalQuarterOf('2025-04-01')).toBe('FY2025-Q1');
    expect(fiscalQuarterOf('2025-09-30')).toBe('FY2025-Q2');
    expect(fiscalQuarterOf('2025-12-31')).toBe('FY2025-Q3');
    expect(fiscalQuarterOf('2026-03-31')).toBe('FY2025-Q4');
  });

  it('suggests the missing period first, else the current quarter', () => {
    expect(suggestedPeriod([{ kind: 'report_missing', period: 'FY2025-Q2' }], '2026-01-10')).toBe(
      'FY2025-Q2',
    );
    expect(suggestedPeriod([], '2026-01-10')).toBe('FY2025-Q4');
  });
});

describe('ratingHistory', () => {
  const report = (id: string, periodStart: string, status: string): RatedReport => ({
    id,
    period: periodStart,
    periodStart,
    rating: 'amber',
    status,
    createdAt: '2026-01-01T00:00:00Z',
  });

  it('keeps the current report of each period, oldest period first', () => {
    const history = ratingHistory([
      report('q3', '2025-10-01', 'submitted'),
      report('q2-old', '2025-07-01', 'superseded'),
      report('q2', '2025-07-01', 'submitted'),
    ]);
    expect(history.map((r) => r.id)).toEqual(['q2', 'q3']);
  });
});
