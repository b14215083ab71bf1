import UserIcon from '@mui/icons-material/ManageAccounts';
import type { ConsoleResource } from '../resource';
import { UserCreate } from './user-create';
import { UserEdit } from './user-edit';
import { UserList } from './user-list';

export const users: ConsoleResource = {
  name: 'users',
  section: 'admin',
  icon: UserIcon,
  access: {
    read: 'users.manage',
    write: 'users.manage',
    moves: { disable: 'users.manage', enable: 'users.manage', 'reset-password': 'users.manage' },
  },
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
  recordRepresentation: 'displayName',
};
