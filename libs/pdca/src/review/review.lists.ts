import {
  MINISTRY_CODES,
  REVIEW_KINDS,
  REVIEW_SUBJECT_TYPES,
  REVIEW_TASK_STATUSES,
  ROLES,
} from '@tracker/contracts';
import { defineListSpec } from '@tracker/database';

const ACTIVE = `t.status IN ('open', 'claimed', 'escalated')`;

export const reviewTaskList = defineListSpec({
  resource: 'review-tasks',
  alias: 't',
  filters: {
    id: { kind: 'uuid', column: 't.id' },
    status: { kind: 'enum', column: 't.status', values: REVIEW_TASK_STATUSES },
    kind: { kind: 'enum', column: 't.kind', values: REVIEW_KINDS },
    subjectType: { kind: 'enum', column: 't.subject_type', values: REVIEW_SUBJECT_TYPES },
    subjectId: { kind: 'uuid', column: 't.subject_id' },
    assignedRole: { kind: 'enum', column: 't.assigned_role', values: ROLES },
    ministry: { kind: 'enum', column: 't.ministry', values: MINISTRY_CODES },
    assigneeId: { kind: 'uuid', column: 't.assignee_id' },
    claimedById: { kind: 'uuid', column: 't.claimed_by_id' },
    submittedById: { kind: 'uuid', column: 't.submitted_by_id' },
    active: { kind: 'condition', whenTrue: ACTIVE, whenFalse: `NOT (${ACTIVE})` },
    overdue: {
      kind: 'condition',
      whenTrue: `(${ACTIVE} AND t.due_at < now())`,
      whenFalse: `NOT (${ACTIVE} AND t.due_at < now())`,
    },
    escalated: {
      kind: 'condition',
      whenTrue: 't.escalation_level > 0',
      whenFalse: 't.escalation_level = 0',
    },
    dueFrom: { kind: 'dateFrom', column: 't.due_at' },
    dueTo: { kind: 'dateTo', column: 't.due_at' },
    q: { kind: 'text', columns: ['t.subject_label', 't.comment'] },
  },
  sorts: {
    dueAt: 't.due_at',
    createdAt: 't.created_at',
    updatedAt: 't.updated_at',
    status: 't.status',
    kind: 't.kind',
    escalationLevel: 't.escalation_level',
  },
  defaultSort: ['dueAt', 'ASC'],
  tieBreaker: 't.id',
});
