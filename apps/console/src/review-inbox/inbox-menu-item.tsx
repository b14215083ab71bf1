import InboxIcon from '@mui/icons-material/Inbox';
import { Badge } from '@mui/material';
import { Menu, useTranslate } from 'react-admin';
import { INBOX, useReviewAccess, useWaitingTasks } from './use-inbox';

/** The inbox's menu entry, with a badge of the tasks waiting (for those who review). */
export const ReviewInboxMenuItem = () => {
  const translate = useTranslate();
  const { works, oversees } = useReviewAccess();
  const { total } = useWaitingTasks(INBOX, { enabled: works, perPage: 1 });
  if (!works && !oversees) return null;
  const count = total ?? 0;
  return (
    <Menu.Item
      to="/review-inbox"
      primaryText="tracker.menu.review_inbox"
      title={count ? translate('tracker.inbox.badge', { count }) : undefined}
      leftIcon={
        count ? (
          <Badge badgeContent={count} color="error" max={99} data-testid="inbox-badge">
            <InboxIcon />
          </Badge>
        ) : (
          <InboxIcon />
        )
      }
    />
  );
};
