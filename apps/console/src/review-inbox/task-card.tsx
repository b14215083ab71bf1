import { Box, Chip, Link as MuiLink, Paper, Stack, Typography } from '@mui/material';
import { useGetIdentity, useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { showPathOf } from '../shared/trace-tab';
import { formatInstant } from '../time/japan-time';
import { isOverdue, taskAvailability, type InboxTask } from './inbox-actions';
import { TaskActions } from './task-actions';

const STATUS_COLOUR = {
  open: 'info',
  claimed: 'primary',
  escalated: 'error',
  approved: 'success',
  changes_requested: 'warning',
  done: 'default',
} as const;

/** One task: what it is about (a link to it), its deadline, who holds it, and its buttons. */
export const TaskCard = ({ task }: { task: InboxTask }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { identity } = useGetIdentity();
  const overdue = isOverdue(task);
  const can = taskAvailability(task, identity?.id as string | undefined);
  return (
    <Paper
      variant="outlined"
      component="li"
      sx={{ p: 2, borderLeft: overdue ? '4px solid #c62828' : undefined }}
      data-task={task.id}
      data-overdue={overdue || undefined}
    >
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Chip
          size="small"
          variant="outlined"
          label={translate(`tracker.trace_type.${task.subjectType}`)}
        />
        <Chip
          size="small"
          variant="outlined"
          label={translate(`tracker.review_kind.${task.kind}`)}
        />
        <Chip
          size="small"
          color={STATUS_COLOUR[task.status]}
          label={translate(`tracker.status.review_task.${task.status}`)}
          data-status={task.status}
        />
        {overdue && <Chip size="small" color="error" label={translate('tracker.inbox.overdue')} />}
        {task.escalationLevel > 0 && (
          <Chip
            size="small"
            color="warning"
            variant="outlined"
            label={translate('tracker.inbox.escalated', { level: task.escalationLevel })}
          />
        )}
        {can.claimedByMe && <Chip size="small" label={translate('tracker.inbox.claimed_by_me')} />}
        {can.claimedByOther && (
          <Chip size="small" label={translate('tracker.inbox.claimed_by_other')} />
        )}
      </Stack>
      <Typography variant="subtitle1" component="h2" sx={{ mt: 1, fontWeight: 600 }}>
        <MuiLink component={Link} to={showPathOf({ type: task.subjectType, id: task.subjectId })}>
          {task.subjectLabel}
        </MuiLink>
      </Typography>
      <Box sx={{ mb: 1 }}>
        <Typography
          variant="body2"
          color={overdue ? 'error' : 'text.secondary'}
          sx={{ fontWeight: overdue ? 700 : 400 }}
        >
          {translate('tracker.inbox.due', { date: formatInstant(task.dueAt, locale) })}
        </Typography>
      </Box>
      <TaskActions task={task} />
    </Paper>
  );
};
