import { ConflictError, InvalidTransitionError } from '@tracker/core';
import {
  assertFollowUpRecordable,
  assertGuidanceEditable,
  guidanceActions,
  guidanceStatus,
} from './guidance.status';

describe('guidance life cycle', () => {
  it('runs draft → in_review → approved → issued → withdrawn | superseded', () => {
    expect(guidanceStatus.next('draft', 'submit')).toBe('in_review');
    expect(guidanceStatus.next('in_review', 'approve')).toBe('approved');
    expect(guidanceStatus.next('in_review', 'return')).toBe('draft');
    expect(guidanceStatus.next('approved', 'issue')).toBe('issued');
    expect(guidanceStatus.next('issued', 'withdraw')).toBe('withdrawn');
    expect(guidanceStatus.next('issued', 'supersede')).toBe('superseded');
  });

  it.each([
    ['draft', 'issue'],
    ['draft', 'approve'],
    ['in_review', 'issue'],
    ['approved', 'submit'],
    ['withdrawn', 'issue'],
    ['superseded', 'withdraw'],
    ['withdrawn', 'supersede'],
  ] as const)('refuses %s → %s', (from, action) => {
    expect(() => guidanceStatus.next(from, action)).toThrow(InvalidTransitionError);
  });

  it('offers only what a user asks for: reviews decide in the inbox, revisions supersede', () => {
    expect(guidanceActions('draft', false)).toEqual(['submit']);
    expect(guidanceActions('in_review', false)).toEqual([]);
    expect(guidanceActions('approved', false)).toEqual(['issue']);
    expect(guidanceActions('issued', false)).toEqual(['withdraw', 'revise', 'acknowledge']);
    expect(guidanceActions('issued', true)).toEqual(['withdraw', 'revise']);
    expect(guidanceActions('superseded', true)).toEqual([]);
    expect(guidanceActions('withdrawn', false)).toEqual(['acknowledge']);
  });

  it('keeps every version but a draft read-only, and follow-up for issued ones', () => {
    expect(() => assertGuidanceEditable('draft')).not.toThrow();
    for (const s of ['in_review', 'approved', 'issued', 'withdrawn', 'superseded'] as const) {
      expect(() => assertGuidanceEditable(s)).toThrow(ConflictError);
    }
    expect(() => assertFollowUpRecordable('issued')).not.toThrow();
    expect(() => assertFollowUpRecordable('superseded')).not.toThrow();
    expect(() => assertFollowUpRecordable('approved')).toThrow(ConflictError);
  });
});
