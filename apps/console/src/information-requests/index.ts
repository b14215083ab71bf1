import RequestIcon from '@mui/icons-material/ForwardToInbox';
import type { ConsoleResource } from '../resource';
import { InformationRequestCreate, InformationRequestEdit } from './information-request-edit';
import { InformationRequestList } from './information-request-list';
import { InformationRequestShow } from './information-request-show';

export const informationRequests: ConsoleResource = {
  name: 'information-requests',
  section: 'check',
  icon: RequestIcon,
  access: {
    read: 'investigations.read',
    write: 'investigations.write',
    moves: { respond: 'investigations.write', close: 'investigations.write' },
  },
  list: InformationRequestList,
  show: InformationRequestShow,
  create: InformationRequestCreate,
  edit: InformationRequestEdit,
  recordRepresentation: 'subject',
};
