import { ConflictError, InvalidTransitionError } from '@tracker/core';
import { amendmentStatus, assertAmendmentEditable } from './amendment.status';

describe('amendment life cycle', () => {
  it('runs proposed → in_review → approved | rejected', () => {
    expect(amendmentStatus.next('proposed', 'submit')).toBe('in_review');
    expect(amendmentStatus.next('in_review', 'approve')).toBe('approved');
    expect(amendmentStatus.next('in_review', 'reject')).toBe('rejected');
  });

  it.each([
    ['proposed', 'approve'],
    ['approved', 'reject'],
    ['rejected', 'submit'],
    ['in_review', 'submit'],
  ] as const)('refuses %s → %s', (from, action) => {
    expect(() => amendmentStatus.next(from, action)).toThrow(InvalidTransitionError);
  });

  it('leaves the decision to the review task, and editing to proposals', () => {
    expect(amendmentStatus.allowed('proposed')).toEqual(['submit']);
    expect(amendmentStatus.allowed('in_review')).toEqual([]);
    expect(() => assertAmendmentEditable('proposed')).not.toThrow();
    expect(() => assertAmendmentEditable('in_review')).toThrow(ConflictError);
  });
});
