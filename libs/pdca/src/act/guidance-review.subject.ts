import { Injectable } from '@nestjs/common';
import type { Tx } from '@tracker/audit';
import { ReviewSubject, type ReviewSubjectHandler } from '../review/review-subject';
import { reviewingMinistry } from '../review/reviewer-routing';
import { Guidance } from './guidance.entity';
import { GuidanceService } from './guidance.service';
import { isIssued } from './guidance.status';

/**
 * Guidance in review: a submitted version waits for the reviewers of its issuing authority (the
 * Cabinet Office's when that ministry has none); approving the task approves the version,
 * requesting changes returns it to draft with the note. Issuing stays an explicit act.
 */
@Injectable()
@ReviewSubject()
export class GuidanceReviewSubject implements ReviewSubjectHandler {
  readonly subjectType = 'guidance';
  readonly decidePermission = 'guidance.approve';

  constructor(private readonly guidance: GuidanceService) {}

  async awaitingReview(tx: Tx, id: string) {
    const g = await tx.em.findOne(Guidance, { where: { id }, lock: { mode: 'pessimistic_read' } });
    if (g?.status !== 'in_review') return null;
    return {
      label: `${g.referenceNumber} 第${g.versionNumber}版 ${g.titleJa} / ${g.titleEn} v${g.versionNumber}`,
      assignedRole: 'reviewer' as const,
      ministry: await reviewingMinistry(tx, g.issuingAuthority),
    };
  }

  async approve(tx: Tx, id: string) {
    const g = await tx.get(Guidance, id);
    // A follow-up task on issued guidance (scan.guidance-follow-up-due): approving it confirms
    // the follow-up; an issued text never changes.
    if (isIssued(g.status)) return;
    await this.guidance.approveIn(tx, id);
  }

  requestChanges(tx: Tx, id: string, comment: string) {
    return this.guidance.returnIn(tx, id, comment);
  }
}
