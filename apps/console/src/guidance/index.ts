import GuidanceIcon from '@mui/icons-material/Campaign';
import { createElement } from 'react';
import { GUIDANCE_MOVES } from '../i18n/act-messages';
import type { ConsoleResource } from '../resource';
import { GuidanceCreate } from './guidance-create';
import { GuidanceEdit } from './guidance-edit';
import { GuidanceLabel } from './guidance-label';
import { GuidanceList } from './guidance-list';
import { GuidanceShow } from './guidance-show';

export const guidance: ConsoleResource = {
  name: 'guidance',
  section: 'act',
  icon: GuidanceIcon,
  access: {
    read: 'guidance.read',
    write: 'guidance.write',
    // Approval is the reviewer's, in the review inbox; the author's moves need the write permission.
    moves: Object.fromEntries(GUIDANCE_MOVES.map((move) => [move, 'guidance.write'] as const)),
  },
  list: GuidanceList,
  show: GuidanceShow,
  create: GuidanceCreate,
  edit: GuidanceEdit,
  recordRepresentation: createElement(GuidanceLabel),
};
