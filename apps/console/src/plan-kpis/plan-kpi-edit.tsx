import { Edit } from 'react-admin';
import { toPlanContent } from '../shared/draft-only';
import { PlanKpiForm } from './plan-kpi-form';

export const PlanKpiEdit = () => (
  <Edit mutationMode="pessimistic" redirect={toPlanContent}>
    <PlanKpiForm />
  </Edit>
);
