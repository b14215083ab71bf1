import MarkReadIcon from '@mui/icons-material/DoneAll';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  Paper,
  Stack,
  Tab,
  Tabs,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Title,
  useDataProvider,
  useLocaleState,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import type { TrackerDataProvider } from '../core/data-provider';
import { formatInstant } from '../time/japan-time';
import { useNotifications, type NotificationRecord } from './use-notifications';

const Item = ({ item }: { item: NotificationRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<TrackerDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const unread = !item.readAt;
  const markRead = async () => {
    try {
      await dataProvider.move('notifications', { id: item.id, move: 'read' });
      notify('tracker.notifications.marked_read', { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', {
        type: 'error',
      });
    }
  };
  return (
    <Paper
      variant="outlined"
      component="li"
      sx={{ p: 2, borderLeft: unread ? '4px solid #1565c0' : undefined }}
      data-notification={item.id}
      data-unread={unread || undefined}
    >
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Chip
          size="small"
          variant="outlined"
          label={translate(`tracker.notification_kind.${item.kind}`, { _: item.kind })}
        />
        {unread && (
          <Chip size="small" color="primary" label={translate('tracker.notifications.unread')} />
        )}
        <Typography variant="body2" color="text.secondary">
          {formatInstant(item.createdAt, locale)}
        </Typography>
      </Stack>
      <Typography variant="subtitle1" component="h2" sx={{ mt: 1, fontWeight: unread ? 700 : 400 }}>
        {item.title}
      </Typography>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mb: 1 }}>
        {item.body}
      </Typography>
      <Stack direction="row" spacing={1}>
        {item.reviewTaskId && (
          <Button size="small" component={Link} to="/review-inbox">
            {translate('tracker.notifications.open_task')}
          </Button>
        )}
        {unread && (
          <Button size="small" startIcon={<MarkReadIcon />} onClick={() => void markRead()}>
            {translate('tracker.notifications.mark_read')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
};

/** My in-app inbox of notifications (review requests, deadlines, escalations, decisions). */
export const NotificationsPage = () => {
  const translate = useTranslate();
  const [unreadOnly, setUnreadOnly] = useState(true);
  const { data, isPending, error } = useNotifications(unreadOnly);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="tracker.notifications.title" />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('tracker.notifications.title')}
        </Typography>
        <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
          <Tabs
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(_, v) => setUnreadOnly(v === 'unread')}
          >
            <Tab value="unread" label={translate('tracker.notifications.unread')} />
            <Tab value="all" label={translate('tracker.notifications.all')} />
          </Tabs>
        </Box>
        {isPending && <CircularProgress size={24} aria-label={translate('ra.page.loading')} />}
        {error && <Alert severity="error">{translate('ra.notification.http_error')}</Alert>}
        {data && !data.length && (
          <Typography>{translate('tracker.notifications.empty')}</Typography>
        )}
        {data && data.length > 0 && (
          <Stack spacing={1.5} component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {data.map((item) => (
              <Item key={item.id} item={item} />
            ))}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};
