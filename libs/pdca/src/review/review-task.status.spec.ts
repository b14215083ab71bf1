import { InvalidTransitionError } from '@tracker/core';
import { escalationTarget, isActive, isAssignedTo, reviewTaskStatus } from './review-task.status';

describe('review task life cycle', () => {
  it('runs open → claimed → approved, and open → changes requested', () => {
    expect(reviewTaskStatus.next('open', 'claim')).toBe('claimed');
    expect(reviewTaskStatus.next('claimed', 'approve')).toBe('approved');
    expect(reviewTaskStatus.next('open', 'request_changes')).toBe('changes_requested');
    expect(reviewTaskStatus.next('claimed', 'release')).toBe('open');
  });

  it('escalates a waiting task, which can be claimed and decided at the next level', () => {
    expect(reviewTaskStatus.next('claimed', 'escalate')).toBe('escalated');
    expect(reviewTaskStatus.next('escalated', 'escalate')).toBe('escalated');
    expect(reviewTaskStatus.next('escalated', 'claim')).toBe('claimed');
    expect(reviewTaskStatus.next('escalated', 'approve')).toBe('approved');
  });

  it.each([
    ['approved', 'approve'],
    ['approved', 'claim'],
    ['changes_requested', 'approve'],
    ['done', 'escalate'],
    ['open', 'release'],
    ['claimed', 'claim'],
  ] as const)('refuses %s → %s', (from, action) => {
    expect(() => reviewTaskStatus.next(from, action)).toThrow(InvalidTransitionError);
  });

  it('offers only the moves people make, never escalate or close', () => {
    expect(reviewTaskStatus.allowed('open')).toEqual(['claim', 'approve', 'request_changes']);
    expect(reviewTaskStatus.allowed('claimed')).toEqual(['release', 'approve', 'request_changes']);
    expect(reviewTaskStatus.allowed('done')).toEqual([]);
    expect(isActive('escalated')).toBe(true);
    expect(isActive('approved')).toBe(false);
  });
});

describe('assignment and escalation', () => {
  const reviewerCao = { userId: 'u1', roles: ['reviewer'] as const, ministry: 'cao' as const };

  it('puts a task in the inbox of its person, or of its role in its ministry', () => {
    const toRole = { assignedRole: 'reviewer', assigneeId: null, ministry: 'cao' } as const;
    expect(isAssignedTo(toRole, reviewerCao)).toBe(true);
    expect(isAssignedTo(toRole, { ...reviewerCao, ministry: 'meti' })).toBe(false);
    expect(isAssignedTo({ ...toRole, ministry: null }, { ...reviewerCao, ministry: 'meti' })).toBe(
      true,
    );
    expect(isAssignedTo({ ...toRole, assignedRole: 'analyst' }, reviewerCao)).toBe(false);
    const toPerson = { assignedRole: null, assigneeId: 'u1', ministry: null };
    expect(isAssignedTo(toPerson, reviewerCao)).toBe(true);
    expect(isAssignedTo(toPerson, { ...reviewerCao, userId: 'u2' })).toBe(false);
  });

  it('escalates to the senior reviewers, then to the administrators, then stops', () => {
    const analysts = { assignedRole: 'analyst', assigneeId: null, ministry: 'meti' } as const;
    expect(escalationTarget(analysts, 0)).toEqual({
      assignedRole: 'reviewer',
      ministry: 'cao',
      level: 1,
    });
    const seniors = { assignedRole: 'reviewer', assigneeId: null, ministry: 'cao' } as const;
    expect(escalationTarget(seniors, 1)).toEqual({
      assignedRole: 'admin',
      ministry: null,
      level: 2,
    });
    // Already with the senior reviewers at level 0: straight to the administrators.
    expect(escalationTarget(seniors, 0)).toEqual({
      assignedRole: 'admin',
      ministry: null,
      level: 1,
    });
    expect(escalationTarget({ assignedRole: 'admin', assigneeId: null, ministry: null }, 1)).toBe(
      null,
    );
    expect(escalationTarget(analysts, 2)).toBe(null);
  });
});
