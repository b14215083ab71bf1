import { lateReasons, type LatenessFacts } from './measure-lateness';

const TODAY = '2026-11-21'; // last complete period: FY2026-Q2 (July–September 2026)

const facts = (over: Partial<LatenessFacts> = {}): LatenessFacts => ({
  status: 'in_progress',
  startDate: '2026-04-01',
  milestones: [],
  reportedPeriods: ['FY2026-Q2'],
  ...over,
});

describe('measure lateness', () => {
  it('is on time with every milestone done or not yet due and the last period reported', () => {
    expect(
      lateReasons(
        facts({
          milestones: [
            { id: 'a', dueDate: '2026-06-30', doneOn: '2026-06-20' },
            { id: 'b', dueDate: TODAY, doneOn: null },
            { id: 'c', dueDate: '2027-03-31', doneOn: null },
          ],
        }),
        TODAY,
      ),
    ).toEqual([]);
  });

  it('is late for each milestone whose due date passed undone, earliest first', () => {
    expect(
      lateReasons(
        facts({
          milestones: [
            { id: 'b', dueDate: '2026-11-20', doneOn: null },
            { id: 'a', dueDate: '2026-09-30', doneOn: null },
            { id: 'c', dueDate: '2026-09-30', doneOn: '2026-10-02' },
          ],
        }),
        TODAY,
      ),
    ).toEqual([
      { kind: 'milestone_overdue', milestoneId: 'a', dueDate: '2026-09-30' },
      { kind: 'milestone_overdue', milestoneId: 'b', dueDate: '2026-11-20' },
    ]);
  });

  it('watches milestones of planned and suspended measures too, not of ended ones', () => {
    const overdue = [{ id: 'a', dueDate: '2026-10-01', doneOn: null }];
    for (const status of ['planned', 'suspended'] as const) {
      expect(lateReasons(facts({ status, milestones: overdue }), TODAY)).toHaveLength(1);
    }
    for (const status of ['completed', 'cancelled'] as const) {
      expect(lateReasons(facts({ status, milestones: overdue }), TODAY)).toEqual([]);
    }
  });

  it('is late when the last complete period has no report', () => {
    expect(lateReasons(facts({ reportedPeriods: ['FY2026-Q1'] }), TODAY)).toEqual([
      { kind: 'report_missing', period: 'FY2026-Q2' },
    ]);
  });

  it('asks for a report only from measures in progress that started before the period ended', () => {
    const unreported = { reportedPeriods: [] };
    expect(lateReasons(facts({ ...unreported, startDate: '2026-09-30' }), TODAY)).toHaveLength(1);
    expect(lateReasons(facts({ ...unreported, startDate: '2026-10-01' }), TODAY)).toEqual([]);
    for (const status of ['planned', 'suspended', 'completed', 'cancelled'] as const) {
      expect(lateReasons(facts({ ...unreported, status }), TODAY)).toEqual([]);
    }
  });

  it('asks for the next quarter’s report from the first day of the following quarter', () => {
    const reported = facts({ reportedPeriods: ['FY2026-Q1'] });
    expect(lateReasons(reported, '2026-09-30')).toEqual([]);
    expect(lateReasons(reported, '2026-10-01')).toEqual([
      { kind: 'report_missing', period: 'FY2026-Q2' },
    ]);
  });
});
