import { Create } from 'react-admin';
import { toPlanContent } from '../shared/draft-only';
import { PlanObjectiveForm } from './plan-objective-form';

export const PlanObjectiveCreate = () => (
  <Create redirect={toPlanContent}>
    <PlanObjectiveForm withVersion />
  </Create>
);
