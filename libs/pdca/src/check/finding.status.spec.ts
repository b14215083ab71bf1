import { BadRequestError, ConflictError, InvalidTransitionError } from '@tracker/core';
import { assertFindingEditable, checkReferral, findingStatus } from './finding.status';

describe('finding life cycle', () => {
  it('runs draft → in_review → accepted, and returned → in_review again', () => {
    expect(findingStatus.next('draft', 'submit')).toBe('in_review');
    expect(findingStatus.next('in_review', 'return')).toBe('returned');
    expect(findingStatus.next('returned', 'submit')).toBe('in_review');
    expect(findingStatus.next('in_review', 'accept')).toBe('accepted');
  });

  it.each([
    ['draft', 'accept'],
    ['returned', 'accept'],
    ['accepted', 'return'],
    ['accepted', 'submit'],
  ] as const)('refuses %s → %s', (from, action) => {
    expect(() => findingStatus.next(from, action)).toThrow(InvalidTransitionError);
  });

  it('is edited only as a draft or when returned', () => {
    expect(() => assertFindingEditable('draft')).not.toThrow();
    expect(() => assertFindingEditable('returned')).not.toThrow();
    expect(() => assertFindingEditable('in_review')).toThrow(ConflictError);
    expect(() => assertFindingEditable('accepted')).toThrow(ConflictError);
  });

  it('names a ministry exactly when it recommends a referral', () => {
    expect(() => checkReferral('ministry_referral', 'ppc')).not.toThrow();
    expect(() => checkReferral('guidance', null)).not.toThrow();
    expect(() => checkReferral('ministry_referral', null)).toThrow(BadRequestError);
    expect(() => checkReferral('no_action', 'mlit')).toThrow(BadRequestError);
  });
});
