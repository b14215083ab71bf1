import type { NewNotification } from '../notifications';
import type { ReviewTask } from './review-task.entity';

const KIND_JA: Record<ReviewTask['kind'], string> = {
  triage: 'トリアージ',
  approval: '承認',
  periodic_review: '定期レビュー',
  follow_up: 'フォローアップ',
  evaluation: '評価',
};

/** The deadline in Japan time, as the ministries read it. */
const due = (task: ReviewTask) =>
  `${new Date(task.dueAt.getTime() + 9 * 3600_000).toISOString().replace('T', ' ').slice(0, 16)} JST`;

/** The notifications of a task's life, in Japanese first and English, each with its dedupe key. */
export const reviewMessages = {
  assigned: (task: ReviewTask): NewNotification => ({
    kind: 'review_task_assigned',
    reviewTaskId: task.id,
    dedupeKey: `review_task:${task.id}:assigned:${task.escalationLevel}`,
    title: `${KIND_JA[task.kind]}依頼 / Review requested (${task.kind}): ${task.subjectLabel}`,
    body: `${task.subjectLabel} の${KIND_JA[task.kind]}をお願いします。期限: ${due(task)}\nPlease review ${task.subjectLabel} (${task.kind}) by ${due(task)}.`,
  }),
  dueSoon: (task: ReviewTask): NewNotification => ({
    kind: 'review_task_due_soon',
    reviewTaskId: task.id,
    dedupeKey: `review_task:${task.id}:due_soon:${task.escalationLevel}`,
    title: `期限間近 / Due soon: ${task.subjectLabel}`,
    body: `${task.subjectLabel} の${KIND_JA[task.kind]}の期限が近づいています (${due(task)})。\nThe ${task.kind} of ${task.subjectLabel} is due at ${due(task)}.`,
  }),
  escalated: (task: ReviewTask): NewNotification => ({
    kind: 'review_task_escalated',
    reviewTaskId: task.id,
    dedupeKey: `review_task:${task.id}:escalated:${task.escalationLevel}`,
    title: `エスカレーション / Escalated (level ${task.escalationLevel}): ${task.subjectLabel}`,
    body: `期限を過ぎたため ${task.subjectLabel} の${KIND_JA[task.kind]}がエスカレーションされました。新しい期限: ${due(task)}\nThe overdue ${task.kind} of ${task.subjectLabel} was escalated; new deadline ${due(task)}.`,
  }),
  decided: (task: ReviewTask): NewNotification => ({
    kind: 'review_task_decided',
    reviewTaskId: task.id,
    dedupeKey: `review_task:${task.id}:decided`,
    title: `${task.decision === 'approved' ? '承認されました / Approved' : '修正依頼 / Changes requested'}: ${task.subjectLabel}`,
    body: `${task.subjectLabel}: ${task.decision}${task.comment ? `\n${task.comment}` : ''}`,
  }),
};
