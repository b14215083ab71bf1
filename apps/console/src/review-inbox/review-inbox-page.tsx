import {
  Alert,
  Box,
  Card,
  CardContent,
  CircularProgress,
  Stack,
  Tab,
  Tabs,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { isMine, type InboxTask } from './inbox-actions';
import { TaskCard } from './task-card';
import { ALL_TASKS, INBOX, useReviewAccess, useWaitingTasks } from './use-inbox';

type View = 'mine' | 'role' | 'all';

const TaskList = ({ tasks }: { tasks: InboxTask[] }) => {
  const translate = useTranslate();
  if (!tasks.length)
    return <Typography sx={{ py: 2 }}>{translate('tracker.inbox.empty')}</Typography>;
  return (
    <Stack spacing={1.5} component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {tasks.map((task) => (
        <TaskCard key={task.id} task={task} />
      ))}
    </Stack>
  );
};

/**
 * What waits for the reviewer: tasks assigned to them or claimed by them ("mine"), those that
 * came to their role in their ministry, and — for those who oversee reviews — every open task.
 */
export const ReviewInboxPage = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const me = identity?.id as string | undefined;
  const { works, oversees } = useReviewAccess();
  const inbox = useWaitingTasks(INBOX, { enabled: works });
  const all = useWaitingTasks(ALL_TASKS, { enabled: oversees });
  const [picked, setPicked] = useState<View | null>(null);
  const mine = inbox.tasks.filter((t) => isMine(t, me));
  const role = inbox.tasks.filter((t) => !isMine(t, me));
  const view: View = picked ?? (works ? (mine.length || !role.length ? 'mine' : 'role') : 'all');
  const shown = { mine, role, all: all.tasks }[view];
  const pending = view === 'all' ? all.isPending : inbox.isPending;
  const error = view === 'all' ? all.error : inbox.error;
  const tab = (value: View, label: string, count: number) => (
    <Tab value={value} label={`${translate(label)}（${count}）`} />
  );
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="tracker.review_inbox.title" />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('tracker.review_inbox.title')}
        </Typography>
        <Typography sx={{ mb: 2 }}>{translate('tracker.inbox.intro')}</Typography>
        <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
          <Tabs value={view} onChange={(_, value: View) => setPicked(value)}>
            {works && tab('mine', 'tracker.inbox.mine', mine.length)}
            {works && tab('role', 'tracker.inbox.role', role.length)}
            {oversees && tab('all', 'tracker.inbox.all_active', all.total ?? all.tasks.length)}
          </Tabs>
        </Box>
        {pending && <CircularProgress size={24} aria-label={translate('ra.page.loading')} />}
        {error && <Alert severity="error">{translate('ra.notification.http_error')}</Alert>}
        {!pending && !error && <TaskList tasks={shown} />}
      </CardContent>
    </Card>
  );
};
