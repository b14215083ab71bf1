import { ConflictError, InvalidTransitionError } from '@tracker/core';
import { assertPlanEditable, planVersionActions, planVersionStatus } from './plan-version.status';

describe('plan version life cycle', () => {
  it('runs draft → proposed → approved → superseded', () => {
    expect(planVersionStatus.next('draft', 'propose')).toBe('proposed');
    expect(planVersionStatus.next('proposed', 'approve')).toBe('approved');
    expect(planVersionStatus.next('approved', 'supersede')).toBe('superseded');
  });

  it('lets a proposal go back to draft', () => {
    expect(planVersionStatus.next('proposed', 'withdraw')).toBe('draft');
  });

  it.each([
    ['draft', 'approve'],
    ['approved', 'propose'],
    ['superseded', 'approve'],
    ['superseded', 'supersede'],
    ['draft', 'supersede'],
  ] as const)('refuses %s → %s', (from, action) => {
    expect(() => planVersionStatus.next(from, action)).toThrow(InvalidTransitionError);
  });

  it('offers the moves a user can make, including amend on the approved version', () => {
    expect(planVersionActions('draft')).toEqual(['propose']);
    expect(planVersionActions('proposed')).toEqual(['withdraw', 'approve']);
    expect(planVersionActions('approved')).toEqual(['amend']);
    expect(planVersionActions('superseded')).toEqual([]);
  });

  it('keeps everything but drafts read-only', () => {
    expect(() => assertPlanEditable('draft')).not.toThrow();
    for (const s of ['proposed', 'approved', 'superseded'] as const) {
      expect(() => assertPlanEditable(s)).toThrow(ConflictError);
    }
  });
});
