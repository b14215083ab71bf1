import PlanIcon from '@mui/icons-material/MenuBook';
import { PLAN_VERSION_MOVE_PERMISSIONS } from '@tracker/contracts';
import { createElement } from 'react';
import type { ConsoleResource } from '../resource';
import { PlanVersionCreate } from './plan-version-create';
import { PlanVersionEdit } from './plan-version-edit';
import { PlanVersionLabel } from './plan-version-label';
import { PlanVersionList } from './plan-version-list';
import { PlanVersionShow } from './plan-version-show';

export const planVersions: ConsoleResource = {
  name: 'plan-versions',
  section: 'plan',
  icon: PlanIcon,
  access: {
    read: 'plan.read',
    write: 'plan.edit',
    moves: PLAN_VERSION_MOVE_PERMISSIONS,
  },
  list: PlanVersionList,
  show: PlanVersionShow,
  create: PlanVersionCreate,
  edit: PlanVersionEdit,
  recordRepresentation: createElement(PlanVersionLabel),
};
