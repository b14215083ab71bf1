import OrganisationIcon from '@mui/icons-material/Business';
import { createElement } from 'react';
import type { ConsoleResource } from '../resource';
import { ReferenceLabel } from '../shared/localized-reference';
import { OrganisationCreate, OrganisationEdit } from './organisation-edit';
import { OrganisationList } from './organisation-list';
import { OrganisationShow } from './organisation-show';

export const organisations: ConsoleResource = {
  name: 'organisations',
  section: 'check',
  icon: OrganisationIcon,
  access: { read: 'organisations.read', write: 'organisations.write' },
  list: OrganisationList,
  show: OrganisationShow,
  create: OrganisationCreate,
  edit: OrganisationEdit,
  recordRepresentation: createElement(ReferenceLabel, { text: 'name' }),
};
