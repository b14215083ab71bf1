import { useGetList } from 'react-admin';

export interface NotificationRecord {
  id: string;
  kind: string;
  title: string;
  body: string;
  reviewTaskId: string | null;
  createdAt: string;
  readAt: string | null;
}

/** My notifications, newest first; `unread` keeps the unread ones (the app bar counts them). */
export function useNotifications(unread: boolean, perPage = 50) {
  return useGetList<NotificationRecord>(
    'notifications',
    {
      filter: unread ? { read: false } : {},
      pagination: { page: 1, perPage },
      sort: { field: 'createdAt', order: 'DESC' },
    },
    { refetchInterval: 60_000 },
  );
}
