import { InvalidTransitionError, RuleViolationError } from '@tracker/core';
import { assertDuplicateTarget, canBeInvestigated, incidentStatus } from './incident.status';

describe('incident life cycle', () => {
  it('runs reported → triaged → under_investigation → closed', () => {
    expect(incidentStatus.next('reported', 'triage')).toBe('triaged');
    expect(incidentStatus.next('triaged', 'investigate')).toBe('under_investigation');
    expect(incidentStatus.next('under_investigation', 'close')).toBe('closed');
  });

  it('dismisses or marks a duplicate only before an investigation, closes a triaged one', () => {
    expect(incidentStatus.next('reported', 'dismiss')).toBe('dismissed');
    expect(incidentStatus.next('triaged', 'duplicate')).toBe('duplicate');
    expect(incidentStatus.next('triaged', 'close')).toBe('closed');
  });

  it.each([
    ['reported', 'close'],
    ['under_investigation', 'dismiss'],
    ['under_investigation', 'duplicate'],
    ['closed', 'triage'],
    ['dismissed', 'close'],
    ['duplicate', 'triage'],
    ['duplicate', 'investigate'],
  ] as const)('refuses %s → %s', (from, action) => {
    expect(() => incidentStatus.next(from, action)).toThrow(InvalidTransitionError);
  });

  it('never offers the internal investigate move, and nothing once final', () => {
    expect(incidentStatus.allowed('reported')).toEqual(['triage', 'dismiss', 'duplicate']);
    expect(incidentStatus.allowed('under_investigation')).toEqual(['close']);
    for (const final of ['closed', 'dismissed', 'duplicate'] as const) {
      expect(incidentStatus.allowed(final)).toEqual([]);
    }
  });

  it('lets investigations take in open incidents only', () => {
    expect(
      ['reported', 'triaged', 'under_investigation'].every((s) => canBeInvestigated(s as never)),
    ).toBe(true);
    expect(['closed', 'dismissed', 'duplicate'].some((s) => canBeInvestigated(s as never))).toBe(
      false,
    );
  });

  it('points a duplicate at another incident that is not itself a duplicate', () => {
    const target = (status: string, id = 'b') => ({
      id,
      status: status as never,
      reference: 'INC-2026-00002',
    });
    expect(() => assertDuplicateTarget({ id: 'a' }, target('triaged'))).not.toThrow();
    expect(() => assertDuplicateTarget({ id: 'a' }, target('closed'))).not.toThrow();
    expect(() => assertDuplicateTarget({ id: 'a' }, target('triaged', 'a'))).toThrow(/itself/);
    expect(() => assertDuplicateTarget({ id: 'a' }, target('duplicate'))).toThrow(
      RuleViolationError,
    );
  });
});
