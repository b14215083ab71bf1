import KpiIcon from '@mui/icons-material/Insights';
import { createElement } from 'react';
import type { ConsoleResource } from '../resource';
import { CodedLabel } from '../shared/coded-label';
import { PlanKpiCreate } from './plan-kpi-create';
import { PlanKpiEdit } from './plan-kpi-edit';
import { PlanKpiList } from './plan-kpi-list';
import { PlanKpiShow } from './plan-kpi-show';

export const planKpis: ConsoleResource = {
  name: 'plan-kpis',
  section: 'plan',
  icon: KpiIcon,
  access: { read: 'plan.read', write: 'plan.edit' },
  list: PlanKpiList,
  show: PlanKpiShow,
  create: PlanKpiCreate,
  edit: PlanKpiEdit,
  recordRepresentation: createElement(CodedLabel, { text: 'indicator' }),
};
