import { Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { TaskCard } from './task-card';
import { ALL_TASKS, INBOX, useReviewAccess, useWaitingTasks } from './use-inbox';

/**
 * On a record's page: its waiting review task, with the reviewer's buttons in place (approve,
 * request changes / reject), for those who have it in their inbox or oversee reviews.
 */
export const SubjectReview = () => {
  const record = useRecordContext();
  const { works, oversees } = useReviewAccess();
  const filter = { subjectId: record?.id };
  const enabled = record?.status === 'in_review';
  const inbox = useWaitingTasks(INBOX, { filter, enabled: enabled && works && !oversees });
  const all = useWaitingTasks(ALL_TASKS, { filter, enabled: enabled && oversees });
  const tasks = oversees ? all.tasks : inbox.tasks;
  if (!enabled || !tasks.length) return null;
  return (
    <Stack spacing={1} component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {tasks.map((task) => (
        <TaskCard key={task.id} task={task} />
      ))}
    </Stack>
  );
};
