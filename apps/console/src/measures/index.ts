import MeasureIcon from '@mui/icons-material/Flag';
import { MEASURE_ACTIONS } from '@tracker/contracts';
import { createElement } from 'react';
import type { ConsoleResource } from '../resource';
import { ReferenceLabel } from '../shared/localized-reference';
import { MeasureCreate, MeasureEdit } from './measure-edit';
import { MeasureList } from './measure-list';
import { MeasureShow } from './measure-show';

export const measures: ConsoleResource = {
  name: 'measures',
  section: 'do',
  icon: MeasureIcon,
  // The API also scopes edits to the measures of the user's own ministry (403 outside it).
  access: {
    read: 'measures.read',
    write: 'measures.edit',
    moves: Object.fromEntries(MEASURE_ACTIONS.map((move) => [move, 'measures.edit' as const])),
  },
  list: MeasureList,
  show: MeasureShow,
  create: MeasureCreate,
  edit: MeasureEdit,
  recordRepresentation: createElement(ReferenceLabel, { code: 'code', text: 'title' }),
};
