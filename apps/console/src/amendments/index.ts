import AmendmentIcon from '@mui/icons-material/EditNote';
import type { ConsoleResource } from '../resource';
import { AmendmentCreate } from './amendment-create';
import { AmendmentEdit } from './amendment-edit';
import { AmendmentList } from './amendment-list';
import { AmendmentShow } from './amendment-show';

export const amendments: ConsoleResource = {
  name: 'amendments',
  section: 'act',
  icon: AmendmentIcon,
  // Approval and rejection are the reviewer's, on the review task (inbox or this page).
  access: {
    read: 'amendments.read',
    write: 'amendments.write',
    moves: { submit: 'amendments.write' },
  },
  list: AmendmentList,
  show: AmendmentShow,
  create: AmendmentCreate,
  edit: AmendmentEdit,
  recordRepresentation: (record) => `${record.targetName as string}`,
};
