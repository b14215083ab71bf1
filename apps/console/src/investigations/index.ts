import InvestigationIcon from '@mui/icons-material/ManageSearch';
import { createElement } from 'react';
import type { ConsoleResource } from '../resource';
import { ReferenceLabel } from '../shared/localized-reference';
import { InvestigationCreate, InvestigationEdit } from './investigation-edit';
import { InvestigationList } from './investigation-list';
import { InvestigationShow } from './investigation-show';

const MOVE = 'investigations.write';

export const investigations: ConsoleResource = {
  name: 'investigations',
  section: 'check',
  icon: InvestigationIcon,
  access: {
    read: 'investigations.read',
    write: 'investigations.write',
    moves: {
      gather: MOVE,
      analyse: MOVE,
      review: MOVE,
      revise: MOVE,
      conclude: MOVE,
      comment: 'check.comment',
    },
  },
  list: InvestigationList,
  show: InvestigationShow,
  create: InvestigationCreate,
  edit: InvestigationEdit,
  recordRepresentation: createElement(ReferenceLabel, { text: 'title' }),
};
