import type { Permission } from '@tracker/contracts';
import { useGetList, usePermissions } from 'react-admin';
import type { InboxTask } from './inbox-actions';

/** The inbox endpoint: tasks for me or my role, never on my own work. */
export const INBOX = 'review-tasks/inbox';
/** Every task, for those who oversee the reviews (auditors, administrators). */
export const ALL_TASKS = 'review-tasks';

const active = { active: true };
const byDeadline = { field: 'dueAt', order: 'ASC' } as const;

/** Who has an inbox, and who oversees everyone's. */
export function useReviewAccess() {
  const { permissions = [] } = usePermissions<Permission[]>();
  return {
    works: permissions.includes('review.work'),
    oversees: permissions.includes('review.oversee'),
  };
}

/** Waiting tasks, the nearest deadline first (an inbox holds a few dozen at most). */
export function useWaitingTasks(
  resource: typeof INBOX | typeof ALL_TASKS,
  options: { enabled?: boolean; filter?: Record<string, unknown>; perPage?: number } = {},
) {
  const { data, total, isPending, error } = useGetList<InboxTask & { id: string }>(
    resource,
    {
      filter: { ...active, ...options.filter },
      pagination: { page: 1, perPage: options.perPage ?? 100 },
      sort: byDeadline,
    },
    { enabled: options.enabled ?? true, refetchInterval: 60_000 },
  );
  return { tasks: data ?? [], total, isPending: isPending && options.enabled !== false, error };
}
