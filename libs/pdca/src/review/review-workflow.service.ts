import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnitOfWork, type Tx } from '@tracker/audit';
import {
  REVIEW_DEADLINES_MS,
  REVIEW_DUE_SOON_SHARE,
  REVIEW_KINDS,
  type ReviewKind,
  type ReviewSubjectType,
} from '@tracker/contracts';
import { APP_CONFIG, systemActor, type AppConfig } from '@tracker/core';
import type { OpenReviewTaskPayload } from '@tracker/queue/job.registry';
import { In, type DataSource } from 'typeorm';
import { NotificationsService, type NewNotification } from '../notifications';
import { reviewMessages } from './review-messages';
import { ReviewSubjects, type SubjectForReview } from './review-subject';
import { ReviewTask } from './review-task.entity';
import { escalationTarget, isActive, reviewTaskStatus } from './review-task.status';

const ACTIVE = ['open', 'claimed', 'escalated'] as const;
/** The same, as an SQL list (the unique index on waiting tasks has this predicate). */
const ACTIVE_SQL = ACTIVE.map((status) => `'${status}'`).join(', ');

/**
 * What the system does with review tasks, from jobs: open them when a record is submitted,
 * escalate them when their deadline passes, remind people before it, and close them when their
 * subject moves on by other means. Every method rechecks the state it acts on, so a job that
 * runs twice, or late, has the effect of one or none.
 */
@Injectable()
export class ReviewWorkflow {
  private readonly logger = new Logger(ReviewWorkflow.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly subjects: ReviewSubjects,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Opens the task unless one is already waiting, or the subject no longer awaits review. */
  open(job: OpenReviewTaskPayload): Promise<ReviewTask | null> {
    return this.uow.run(systemActor('review'), (tx) => this.openIn(tx, job));
  }

  /**
   * `open` in the caller's transaction, for a job that also writes to the subject (triage
   * scores the incident and opens its task together). `context` is what the job found for the
   * reviewer (duplicate candidates, say); it is stored on the task. A caller that has already
   * locked the subject and checked that it awaits review passes it as `subject`.
   */
  async openIn(
    tx: Tx,
    job: OpenReviewTaskPayload,
    context: Record<string, unknown> | null = null,
    subject?: SubjectForReview,
  ): Promise<ReviewTask | null> {
    const awaiting =
      subject ??
      (await this.subjects.get(job.subjectType).awaitingReview(tx, job.subjectId, job.kind));
    if (!awaiting) return null;
    const [task] = await this.insertTasks(tx, job.kind, {
      sql: `SELECT $1::text AS subject_type, $2::uuid AS subject_id, $3::text AS subject_label,
                   $4::text AS kind, $5::text AS assigned_role, $6::text AS ministry,
                   $7::uuid AS assignee_id, $8::uuid AS submitted_by_id, $9::jsonb AS context`,
      params: [
        job.subjectType,
        job.subjectId,
        awaiting.label,
        job.kind,
        awaiting.assignedRole,
        awaiting.ministry,
        awaiting.assigneeId ?? null,
        job.submittedById,
        context === null ? null : JSON.stringify(context),
      ],
      columns: ['assignee_id', 'submitted_by_id', 'context'],
    });
    if (!task) return null; // one is already waiting
    await this.notifyAssignees(tx, task, reviewMessages.assigned(task));
    return task;
  }

  /**
   * Moves an overdue task up one level (ESCALATION_LADDER), records it, sets a new deadline and
   * schedules the next escalation. Nothing happens if the task was decided, already escalated
   * past `level`, or is not due yet.
   */
  escalate(taskId: string, level: number): Promise<'escalated' | 'skipped' | 'not_due'> {
    return this.uow.run(systemActor('review'), async (tx) => {
      const task = await tx.em.findOne(ReviewTask, {
        where: { id: taskId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!task || !isActive(task.status) || task.escalationLevel !== level) return 'skipped';
      tx.track(task);
      // The database's clock, which the relay's delays are measured in too.
      const [{ now }]: { now: Date }[] = await tx.em.query('SELECT now() AS now');
      if (task.dueAt > now) {
        // Delivered early (the deadline moved, or clocks differ): ask again at the deadline.
        await tx.emit('review.escalate', { taskId, level }, { runAt: task.dueAt });
        return 'not_due';
      }
      const target = escalationTarget(task, level);
      if (!target) return 'skipped';
      const previousClaimer = task.claimedById;
      Object.assign(task, {
        status: reviewTaskStatus.next(task.status, 'escalate'),
        assignedRole: target.assignedRole,
        ministry: target.ministry,
        assigneeId: null,
        claimedById: null,
        claimedAt: null,
        escalationLevel: target.level,
        escalatedAt: new Date(),
        dueAt: this.deadlineFrom(new Date(), task.kind),
      });
      const saved = await tx.save(task, 'escalate');
      if (escalationTarget(saved, saved.escalationLevel)) {
        await tx.emit(
          'review.escalate',
          { taskId, level: saved.escalationLevel },
          { runAt: saved.dueAt },
        );
      }
      const message = reviewMessages.escalated(saved);
      await this.notifyAssignees(tx, saved, message);
      if (previousClaimer) await this.notifications.notify(tx, [previousClaimer], message);
      return 'escalated';
    });
  }

  /**
   * The set-based `open`, for scans: in the caller's transaction, opens a task for each row of
   * `select` (columns subject_type, subject_id, subject_label, kind, assigned_role, ministry) that
   * has no task of its kind waiting, then schedules the escalation of the new ones and notifies
   * their people, all set-based. The scan's query decides that the subject needs the task. Returns the new tasks.
   */
  async openFrom(
    tx: Tx,
    kind: ReviewKind,
    select: { sql: string; params?: unknown[] },
  ): Promise<ReviewTask[]> {
    const tasks = await this.insertTasks(tx, kind, { ...select, columns: [] });
    if (!tasks.length) return [];
    tasks.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
    // New tasks have no assignee, claimer or submitter: their people are the role in the ministry.
    const messages = tasks.map((task) => {
      const m = reviewMessages.assigned(task);
      return {
        review_task_id: task.id,
        kind: m.kind,
        title: m.title,
        body: m.body,
        dedupe_key: m.dedupeKey,
        role: task.assignedRole,
        ministry: task.ministry,
      };
    });
    await this.notifications.notifyFrom(tx, {
      sql: `SELECT u.id AS recipient_id, m.kind, m.title, m.body, m.dedupe_key, m.review_task_id
              FROM jsonb_to_recordset($1::jsonb) AS m(review_task_id uuid, kind text, title text,
                   body text, dedupe_key text, role text, ministry text)
              JOIN app_user u ON u.disabled_at IS NULL AND m.role = ANY (u.roles)
                             AND (m.ministry IS NULL OR u.ministry = m.ministry)`,
      params: [JSON.stringify(messages)],
    });
    return tasks;
  }

  /**
   * Inserts the tasks `select` yields (subject_type, subject_id, subject_label, kind,
   * assigned_role, ministry, and the extra `columns`) as open, due after the kind's deadline,
   * unless one of their kind is already waiting for the subject, and schedules the escalation of
   * each, all in one statement. A waiting task is seen as it was last committed, without waiting
   * for a reviewer deciding it (who may be waiting for the subject this job has locked); the
   * unique index settles two openings at once, so they give one task.
   */
  private insertTasks(
    tx: Tx,
    kind: ReviewKind,
    select: { sql: string; params?: unknown[]; columns: readonly string[] },
  ): Promise<ReviewTask[]> {
    const params = [...(select.params ?? []), this.deadlineOf(kind), kind];
    return tx.insertFrom(
      ReviewTask,
      {
        sql: `SELECT s.*, 'open' AS status, 0 AS escalation_level,
                     now() + make_interval(secs => $${params.length - 1}::double precision / 1000) AS due_at
                FROM (${select.sql}) AS s
               WHERE s.kind = $${params.length}
                 AND NOT EXISTS (SELECT 1 FROM review_task t
                                  WHERE t.subject_type = s.subject_type AND t.subject_id = s.subject_id
                                    AND t.kind = s.kind AND t.status IN (${ACTIVE_SQL}))`,
        params,
        columns: [
          'subject_type',
          'subject_id',
          'subject_label',
          'kind',
          'assigned_role',
          'ministry',
          'status',
          'escalation_level',
          'due_at',
          ...select.columns,
        ],
      },
      {
        onConflict: `ON CONFLICT (subject_type, subject_id, kind)
                     WHERE status IN (${ACTIVE_SQL}) DO NOTHING`,
        emit: {
          job: 'review.escalate',
          payload: { taskId: 'id', level: 'escalation_level' },
          runAt: 'due_at',
        },
      },
    );
  }

  /** Closes the waiting tasks of a subject that moved on by other means, in the caller's transaction. */
  async closeForSubject(
    tx: Tx,
    subjectType: ReviewSubjectType,
    subjectId: string,
    reason: string,
  ): Promise<void> {
    const tasks = await tx.em.find(ReviewTask, {
      where: { subjectType, subjectId, status: In([...ACTIVE]) },
      lock: { mode: 'pessimistic_write' },
    });
    for (const task of tasks) {
      tx.track(task);
      task.status = reviewTaskStatus.next(task.status, 'close');
      task.closedReason = reason;
      await tx.save(task, 'close');
    }
  }

  /**
   * The scan of tasks near or past their deadline: reminds the people of tasks due soon (once
   * per task and level), and escalates overdue ones whose escalation job never came.
   */
  async scanDue(): Promise<{ reminded: number; escalated: number }> {
    let reminded = 0;
    let escalated = 0;
    for (const kind of REVIEW_KINDS) {
      const window = this.deadlineOf(kind) * REVIEW_DUE_SOON_SHARE;
      const due: { id: string; escalation_level: number; overdue: boolean }[] =
        await this.dataSource.query(
          `SELECT id, escalation_level, due_at <= now() AS overdue FROM review_task
            WHERE kind = $1 AND status IN (${ACTIVE_SQL})
              AND due_at <= now() + make_interval(secs => $2::double precision / 1000)
            ORDER BY due_at`,
          [kind, window],
        );
      for (const row of due) {
        if (row.overdue) {
          if ((await this.escalate(row.id, row.escalation_level)) === 'escalated') escalated += 1;
        } else {
          reminded += await this.remind(row.id);
        }
      }
    }
    if (reminded || escalated)
      this.logger.log(`due scan: ${reminded} reminded, ${escalated} escalated`);
    return { reminded, escalated };
  }

  private remind(taskId: string): Promise<number> {
    return this.uow.run(systemActor('review'), async (tx) => {
      const task = await tx.em.findOne(ReviewTask, {
        where: { id: taskId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!task || !isActive(task.status)) return 0;
      return this.notifyAssignees(tx, task, reviewMessages.dueSoon(task));
    });
  }

  /** Notifies the people the task is assigned to (never the submitter of the subject). */
  private notifyAssignees(tx: Tx, task: ReviewTask, message: NewNotification): Promise<number> {
    return this.notifications.notify(
      tx,
      {
        sql: `SELECT id FROM app_user
               WHERE disabled_at IS NULL
                 AND (id = $1 OR id = $2
                      OR ($3::text IS NOT NULL AND $3 = ANY(roles) AND ($4::text IS NULL OR ministry = $4)))
                 AND id IS DISTINCT FROM $5`,
        params: [
          task.assigneeId,
          task.claimedById,
          task.assignedRole,
          task.ministry,
          task.submittedById,
        ],
      },
      message,
    );
  }

  private deadlineOf(kind: ReviewKind): number {
    return this.config.reviewDeadlineOverrideMs ?? REVIEW_DEADLINES_MS[kind];
  }

  private deadlineFrom(start: Date, kind: ReviewKind): Date {
    return new Date(start.getTime() + this.deadlineOf(kind));
  }
}
