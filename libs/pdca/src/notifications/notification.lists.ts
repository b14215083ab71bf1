import { NOTIFICATION_KINDS } from '@tracker/contracts';
import { defineListSpec } from '@tracker/database';

export const notificationList = defineListSpec({
  resource: 'notifications',
  alias: 'n',
  filters: {
    id: { kind: 'uuid', column: 'n.id' },
    kind: { kind: 'enum', column: 'n.kind', values: NOTIFICATION_KINDS },
    reviewTaskId: { kind: 'uuid', column: 'n.review_task_id' },
    recipientId: { kind: 'uuid', column: 'n.recipient_id' },
    read: { kind: 'condition', whenTrue: 'n.read_at IS NOT NULL', whenFalse: 'n.read_at IS NULL' },
    q: { kind: 'text', columns: ['n.title', 'n.body'] },
    createdFrom: { kind: 'dateFrom', column: 'n.created_at' },
    createdTo: { kind: 'dateTo', column: 'n.created_at' },
  },
  sorts: { createdAt: 'n.created_at', kind: 'n.kind', readAt: 'n.read_at' },
  defaultSort: ['createdAt', 'DESC'],
  tieBreaker: 'n.id',
});
