import FindingIcon from '@mui/icons-material/Assignment';
import { createElement } from 'react';
import type { ConsoleResource } from '../resource';
import { ReferenceLabel } from '../shared/localized-reference';
import { FindingCreate, FindingEdit } from './finding-edit';
import { FindingList } from './finding-list';
import { FindingShow } from './finding-show';

export const findings: ConsoleResource = {
  name: 'findings',
  section: 'check',
  icon: FindingIcon,
  access: {
    read: 'investigations.read',
    write: 'findings.write',
    moves: { submit: 'findings.write', accept: 'findings.review', return: 'findings.review' },
  },
  list: FindingList,
  show: FindingShow,
  create: FindingCreate,
  edit: FindingEdit,
  recordRepresentation: createElement(ReferenceLabel, { text: 'statement' }),
};
