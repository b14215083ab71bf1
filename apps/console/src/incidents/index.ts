import IncidentIcon from '@mui/icons-material/ReportProblem';
import { createElement } from 'react';
import type { ConsoleResource } from '../resource';
import { ReferenceLabel } from '../shared/localized-reference';
import { IncidentCreate } from './incident-create';
import { IncidentEdit } from './incident-edit';
import { IncidentList } from './incident-list';
import { IncidentShow } from './incident-show';

export const incidents: ConsoleResource = {
  name: 'incidents',
  section: 'check',
  icon: IncidentIcon,
  access: {
    read: 'incidents.read',
    write: 'incidents.write',
    moves: {
      triage: 'incidents.write',
      close: 'incidents.write',
      dismiss: 'incidents.write',
      duplicate: 'incidents.write',
      comment: 'check.comment',
    },
  },
  list: IncidentList,
  show: IncidentShow,
  create: IncidentCreate,
  edit: IncidentEdit,
  recordRepresentation: createElement(ReferenceLabel, { code: 'reference', text: 'title' }),
};
