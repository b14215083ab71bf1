import { Injectable } from '@nestjs/common';
import type { Tx } from '@tracker/audit';
import { COORDINATING_MINISTRY } from '@tracker/contracts';
import { ReviewSubject, type ReviewSubjectHandler } from '../review/review-subject';
import { PlanVersion } from './plan-version.entity';
import { ApprovePlanVersionDto } from './plan.dto';
import { PlanVersionsService } from './plan-versions.service';

/**
 * The Plan stage in review: a proposed version waits for the Cabinet Office reviewers; approving
 * the task records the Cabinet decision it carries, requesting changes sends it back to draft.
 */
@Injectable()
@ReviewSubject()
export class PlanReviewSubject implements ReviewSubjectHandler<ApprovePlanVersionDto> {
  readonly subjectType = 'plan_version';
  readonly decidePermission = 'plan.approve';
  readonly approvalData = ApprovePlanVersionDto;

  constructor(private readonly versions: PlanVersionsService) {}

  async awaitingReview(tx: Tx, id: string) {
    // Shared lock: a withdrawal waits for this task to commit, then closes it.
    const version = await tx.em.findOne(PlanVersion, {
      where: { id },
      lock: { mode: 'pessimistic_read' },
    });
    if (version?.status !== 'proposed') return null;
    return {
      label: `${version.titleJa} 第${version.number}版 / ${version.titleEn} v${version.number}`,
      assignedRole: 'reviewer' as const,
      ministry: COORDINATING_MINISTRY,
    };
  }

  async approve(tx: Tx, id: string, data: ApprovePlanVersionDto | undefined) {
    if (!data) throw new Error('a plan approval carries the Cabinet decision');
    await this.versions.approveIn(tx, id, data);
  }

  async requestChanges(tx: Tx, id: string, comment: string) {
    await this.versions.withdrawIn(tx, id, comment);
  }
}
