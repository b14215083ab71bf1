import { Create } from 'react-admin';
import { toPlanContent } from '../shared/draft-only';
import { PlanKpiForm } from './plan-kpi-form';

export const PlanKpiCreate = () => (
  <Create redirect={toPlanContent}>
    <PlanKpiForm withObjective />
  </Create>
);
