import { Edit } from 'react-admin';
import { toPlanContent } from '../shared/draft-only';
import { PlanObjectiveForm } from './plan-objective-form';

export const PlanObjectiveEdit = () => (
  <Edit mutationMode="pessimistic" redirect={toPlanContent}>
    <PlanObjectiveForm />
  </Edit>
);
