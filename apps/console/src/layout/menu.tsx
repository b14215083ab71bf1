import { ListSubheader } from '@mui/material';
import type { Permission } from '@tracker/contracts';
import { Menu, usePermissions, useTranslate } from 'react-admin';
import { canAccess } from '../core/access';
import { STAGE_COLOURS } from '../dashboard/stage-card';
import type { ConsoleResource } from '../resource';
import { ReviewInboxMenuItem } from '../review-inbox/inbox-menu-item';
import { RESOURCES } from '../resources';

const SECTIONS = ['plan', 'do', 'check', 'act', 'admin'] as const;

/** The menu by PDCA stage; a section shows only the resources the user may open. */
export const TrackerMenu = () => {
  const translate = useTranslate();
  const { permissions = [] } = usePermissions<Permission[]>();
  const visible = (resource: ConsoleResource) => canAccess(permissions, resource.access, 'list');
  return (
    <Menu>
      <Menu.DashboardItem primaryText="tracker.menu.dashboard" />
      <ReviewInboxMenuItem />
      {SECTIONS.map((section) => {
        const items = RESOURCES.filter((r) => r.section === section && visible(r));
        if (!items.length) return null;
        return [
          <ListSubheader
            key={`${section}-header`}
            // A heading between entries, not an entry: a menu may hold only menu items.
            role="none"
            disableSticky
            sx={{
              lineHeight: 2.5,
              mt: 1,
              borderLeft: section === 'admin' ? undefined : `4px solid ${STAGE_COLOURS[section]}`,
            }}
          >
            {translate(`tracker.menu.${section}`)}
          </ListSubheader>,
          ...items.map((resource) => (
            <Menu.ResourceItem key={resource.name} name={resource.name} />
          )),
        ];
      })}
    </Menu>
  );
};
