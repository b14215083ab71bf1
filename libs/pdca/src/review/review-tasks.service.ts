import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditQuery, UnitOfWork, type Tx } from '@tracker/audit';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  hasPermission,
  validatePlain,
  type Actor,
} from '@tracker/core';
import { fetchPage, type ListRequest, type Page } from '@tracker/database';
import type { DataSource } from 'typeorm';
import { NotificationsService } from '../notifications';
import { reviewMessages } from './review-messages';
import { ReviewSubjects } from './review-subject';
import { ReviewTask } from './review-task.entity';
import { isAssignedTo, reviewTaskStatus } from './review-task.status';
import type { ApproveReviewTaskDto, RequestChangesDto } from './review.dto';
import { reviewTaskList } from './review.lists';

export type ReviewTaskView = ReviewTask & { actions: string[] };

export const reviewTaskView = (task: ReviewTask): ReviewTaskView => ({
  ...task,
  actions: reviewTaskStatus.allowed(task.status),
});

/** The inbox SQL of `isAssignedTo`, minus the tasks on one's own work. */
const INBOX = `(t.assignee_id = :me
  OR (t.assigned_role = ANY(:roles) AND (t.ministry IS NULL OR t.ministry = :ministry)))
  AND t.submitted_by_id IS DISTINCT FROM :me`;

/** What reviewers do with their tasks: one method per move, each in one audited transaction. */
@Injectable()
export class ReviewTasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly subjects: ReviewSubjects,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditQuery,
  ) {}

  /** Tasks assigned to me, or to one of my roles in my ministry. */
  async inbox(request: ListRequest, actor: Actor): Promise<Page<ReviewTaskView>> {
    const qb = this.dataSource
      .getRepository(ReviewTask)
      .createQueryBuilder('t')
      .where(INBOX, { me: actor.userId, roles: [...actor.roles], ministry: actor.ministry });
    return (await fetchPage(qb, reviewTaskList, request)).map(reviewTaskView);
  }

  async list(request: ListRequest): Promise<Page<ReviewTaskView>> {
    const qb = this.dataSource.getRepository(ReviewTask).createQueryBuilder('t');
    return (await fetchPage(qb, reviewTaskList, request)).map(reviewTaskView);
  }

  async get(id: string, actor: Actor): Promise<ReviewTaskView> {
    const task = await this.dataSource.getRepository(ReviewTask).findOneBy({ id });
    if (!task || !this.canSee(task, actor)) throw new NotFoundError('review task', id);
    return reviewTaskView(task);
  }

  async history(id: string, actor: Actor) {
    await this.get(id, actor);
    return this.audit.historyOf('review_task', id);
  }

  claim(id: string, actor: Actor): Promise<ReviewTaskView> {
    return this.uow.run(actor, async (tx) => {
      const task = await this.workable(tx, id, actor);
      task.status = reviewTaskStatus.next(task.status, 'claim');
      task.claimedById = actor.userId;
      task.claimedAt = new Date();
      return reviewTaskView(await tx.save(task, 'claim'));
    });
  }

  release(id: string, actor: Actor): Promise<ReviewTaskView> {
    return this.uow.run(actor, async (tx) => {
      const task = await this.workable(tx, id, actor);
      task.status = reviewTaskStatus.next(task.status, 'release');
      task.claimedById = null;
      task.claimedAt = null;
      return reviewTaskView(await tx.save(task, 'release'));
    });
  }

  /** Approves the task and, in the same transaction, moves its subject on (its stage decides how). */
  approve(id: string, dto: ApproveReviewTaskDto, actor: Actor): Promise<ReviewTaskView> {
    return this.uow.run(actor, async (tx) => {
      const task = await this.workable(tx, id, actor);
      const handler = this.subjects.get(task.subjectType);
      this.assertMayDecide(handler.decidePermission, actor);
      const data = handler.approvalData
        ? await validatePlain(handler.approvalData, dto.data ?? {}, 'data')
        : undefined;
      this.decide(task, reviewTaskStatus.next(task.status, 'approve'), dto.comment ?? null, actor);
      const saved = await tx.save(task, 'approve');
      await handler.approve(tx, task.subjectId, data, task.comment);
      await this.notifyDecision(tx, saved);
      return reviewTaskView(saved);
    });
  }

  /** Sends the subject back to its author with the reviewer's comment. */
  requestChanges(id: string, dto: RequestChangesDto, actor: Actor): Promise<ReviewTaskView> {
    return this.uow.run(actor, async (tx) => {
      const task = await this.workable(tx, id, actor);
      const handler = this.subjects.get(task.subjectType);
      this.assertMayDecide(handler.decidePermission, actor);
      this.decide(task, reviewTaskStatus.next(task.status, 'request_changes'), dto.comment, actor);
      const saved = await tx.save(task, 'request_changes');
      await handler.requestChanges(tx, task.subjectId, dto.comment);
      await this.notifyDecision(tx, saved);
      return reviewTaskView(saved);
    });
  }

  private canSee(task: ReviewTask, actor: Actor): boolean {
    return (
      hasPermission(actor, 'review.oversee') ||
      isAssignedTo(task, actor) ||
      [task.claimedById, task.submittedById, task.decidedById].includes(actor.userId)
    );
  }

  /**
   * Locks a task the actor may work on: in their inbox (or claimed by them), not their own
   * work, and not claimed by someone else.
   */
  private async workable(tx: Tx, id: string, actor: Actor): Promise<ReviewTask> {
    const task = await tx.lock(ReviewTask, id);
    const claimedByMe = task.claimedById !== null && task.claimedById === actor.userId;
    if (!claimedByMe && !this.canSee(task, actor)) throw new NotFoundError('review task', id);
    if (task.submittedById && task.submittedById === actor.userId) {
      throw new ForbiddenError(
        'You submitted this for review; someone else must review your own work',
        'own_work',
      );
    }
    if (!claimedByMe && !isAssignedTo(task, actor)) {
      throw new ForbiddenError('This task is not assigned to you or your role', 'not_assignee');
    }
    if (task.status === 'claimed' && !claimedByMe) {
      throw new ConflictError('Another reviewer has claimed this task', 'claimed_by_other', {
        currentStatus: task.status,
        claimedById: task.claimedById,
      });
    }
    return task;
  }

  private assertMayDecide(permission: Parameters<typeof hasPermission>[1], actor: Actor) {
    if (!hasPermission(actor, permission)) {
      throw new ForbiddenError(`Deciding this task requires permission: ${permission}`);
    }
  }

  private decide(
    task: ReviewTask,
    status: ReviewTask['status'],
    comment: string | null,
    actor: Actor,
  ) {
    task.status = status;
    task.decision = status === 'approved' ? 'approved' : 'changes_requested';
    task.comment = comment;
    task.decidedById = actor.userId;
    task.decidedAt = new Date();
  }

  private async notifyDecision(tx: Tx, task: ReviewTask) {
    if (task.submittedById) {
      await this.notifications.notify(tx, [task.submittedById], reviewMessages.decided(task));
    }
  }
}
