import ObjectiveIcon from '@mui/icons-material/Flag';
import { createElement } from 'react';
import type { ConsoleResource } from '../resource';
import { CodedLabel } from '../shared/coded-label';
import { PlanObjectiveCreate } from './plan-objective-create';
import { PlanObjectiveEdit } from './plan-objective-edit';
import { PlanObjectiveList } from './plan-objective-list';
import { PlanObjectiveShow } from './plan-objective-show';

export const planObjectives: ConsoleResource = {
  name: 'plan-objectives',
  section: 'plan',
  icon: ObjectiveIcon,
  access: { read: 'plan.read', write: 'plan.edit' },
  list: PlanObjectiveList,
  show: PlanObjectiveShow,
  create: PlanObjectiveCreate,
  edit: PlanObjectiveEdit,
  recordRepresentation: createElement(CodedLabel, { text: 'title' }),
};
