import type { InvestigationAction, InvestigationStatus } from '@tracker/contracts';
import { RuleViolationError } from '@tracker/core/errors';
import { defineStateMachine } from '@tracker/core/state-machine';

/**
 * open → gathering_information → analysis → findings_in_review → concluded. An investigation
 * that needs no information from businesses may go straight to analysis; findings sent back
 * from review return it to analysis.
 */
export const investigationStatus = defineStateMachine<InvestigationStatus, InvestigationAction>(
  'investigation',
  {
    gather: { from: ['open'], to: 'gathering_information' },
    analyse: { from: ['open', 'gathering_information'], to: 'analysis' },
    review: { from: ['analysis'], to: 'findings_in_review' },
    revise: { from: ['findings_in_review'], to: 'analysis' },
    conclude: { from: ['findings_in_review'], to: 'concluded' },
  },
);

export interface ConclusionFacts {
  acceptedFindings: number;
  findingsInReview: number;
  openRequests: number;
}

/**
 * An investigation concludes on at least one accepted finding, with no finding still awaiting
 * review and every information request answered or explicitly closed.
 */
export function assertConcludable(facts: ConclusionFacts): void {
  const problems: string[] = [];
  if (facts.acceptedFindings < 1) problems.push('it has no accepted finding');
  if (facts.findingsInReview > 0)
    problems.push(`${facts.findingsInReview} finding(s) are still in review`);
  if (facts.openRequests > 0) {
    problems.push(`${facts.openRequests} information request(s) are neither answered nor closed`);
  }
  if (problems.length) {
    throw new RuleViolationError(
      `The investigation cannot be concluded: ${problems.join('; ')}`,
      'not_concludable',
      undefined,
      { ...facts },
    );
  }
}

/** Requests and findings can be added until the investigation is concluded. */
export function assertInvestigationActive(status: InvestigationStatus): void {
  if (status === 'concluded') {
    throw new RuleViolationError(
      'The investigation is concluded; open a new investigation instead',
      'investigation_concluded',
      'investigationId',
    );
  }
}
