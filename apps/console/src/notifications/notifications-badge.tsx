import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, IconButton, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useNotifications } from './use-notifications';

/** The bell in the app bar: how many notifications are unread, and the way to them. */
export const NotificationsBadge = () => {
  const translate = useTranslate();
  const { total } = useNotifications(true, 1);
  const count = total ?? 0;
  const label = translate('tracker.notifications.badge', { count });
  return (
    <Tooltip title={label}>
      <IconButton component={Link} to="/notifications" color="inherit" aria-label={label}>
        <Badge badgeContent={count} color="error" max={99} data-testid="notifications-badge">
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
};
