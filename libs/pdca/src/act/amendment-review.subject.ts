import { Injectable } from '@nestjs/common';
import type { Tx } from '@tracker/audit';
import { AMENDMENT_TARGETS } from '@tracker/contracts';
import { ReviewSubject, type ReviewSubjectHandler } from '../review/review-subject';
import { reviewingMinistry } from '../review/reviewer-routing';
import { Amendment } from './amendment.entity';
import { AmendmentsService } from './amendments.service';

/**
 * Amendments in review: a submitted proposal waits for the reviewers of its lead ministry (the
 * Cabinet Office's for the Basic Plan). Approving it opens the plan's next draft when it amends
 * the Basic Plan; requesting changes rejects it with the comment as the reason.
 */
@Injectable()
@ReviewSubject()
export class AmendmentReviewSubject implements ReviewSubjectHandler {
  readonly subjectType = 'amendment';
  readonly decidePermission = 'amendments.approve';

  constructor(private readonly amendments: AmendmentsService) {}

  async awaitingReview(tx: Tx, id: string) {
    const a = await tx.em.findOne(Amendment, { where: { id }, lock: { mode: 'pessimistic_read' } });
    if (a?.status !== 'in_review') return null;
    const target = AMENDMENT_TARGETS[a.target];
    return {
      label: `改定案 / Amendment: ${a.targetName} (${target.en}) — ${a.proposedChangeJa.slice(0, 60)}`,
      assignedRole: 'reviewer' as const,
      ministry: await reviewingMinistry(tx, a.leadMinistry),
    };
  }

  approve(tx: Tx, id: string, _data: undefined, comment: string | null) {
    return this.amendments.approveIn(tx, id, comment);
  }

  requestChanges(tx: Tx, id: string, comment: string) {
    return this.amendments.rejectIn(tx, id, comment);
  }
}
