import { InvalidTransitionError, RuleViolationError } from '@tracker/core';
import {
  assertConcludable,
  assertInvestigationActive,
  investigationStatus,
} from './investigation.status';

describe('investigation life cycle', () => {
  it('runs open → gathering_information → analysis → findings_in_review → concluded', () => {
    expect(investigationStatus.next('open', 'gather')).toBe('gathering_information');
    expect(investigationStatus.next('gathering_information', 'analyse')).toBe('analysis');
    expect(investigationStatus.next('analysis', 'review')).toBe('findings_in_review');
    expect(investigationStatus.next('findings_in_review', 'conclude')).toBe('concluded');
  });

  it('may skip gathering, and returns from review to analysis', () => {
    expect(investigationStatus.next('open', 'analyse')).toBe('analysis');
    expect(investigationStatus.next('findings_in_review', 'revise')).toBe('analysis');
  });

  it.each([
    ['open', 'conclude'],
    ['open', 'review'],
    ['analysis', 'conclude'],
    ['concluded', 'revise'],
    ['gathering_information', 'gather'],
  ] as const)('refuses %s → %s', (from, action) => {
    expect(() => investigationStatus.next(from, action)).toThrow(InvalidTransitionError);
  });

  it('concludes on an accepted finding, none in review, and no open request', () => {
    expect(() =>
      assertConcludable({ acceptedFindings: 1, findingsInReview: 0, openRequests: 0 }),
    ).not.toThrow();
    let error: RuleViolationError | undefined;
    try {
      assertConcludable({ acceptedFindings: 0, findingsInReview: 2, openRequests: 1 });
    } catch (e) {
      error = e as RuleViolationError;
    }
    expect(error?.code).toBe('not_concludable');
    expect(error?.message).toBe(
      'The investigation cannot be concluded: it has no accepted finding; 2 finding(s) are still in review; 1 information request(s) are neither answered nor closed',
    );
    expect(error?.extra).toEqual({ acceptedFindings: 0, findingsInReview: 2, openRequests: 1 });
  });

  it('takes no new requests or findings once concluded', () => {
    expect(() => assertInvestigationActive('analysis')).not.toThrow();
    expect(() => assertInvestigationActive('concluded')).toThrow(/concluded/);
  });
});
