import AuditIcon from '@mui/icons-material/FactCheck';
import type { ConsoleResource } from '../resource';
import { AuditEventList } from './audit-event-list';

export const auditEvents: ConsoleResource = {
  name: 'audit-events',
  section: 'admin',
  icon: AuditIcon,
  access: { read: 'audit.read' },
  list: AuditEventList,
};
