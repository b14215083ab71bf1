import { Create } from 'react-admin';
import { PlanVersionForm } from './plan-version-form';

/** A plan from scratch; later versions come from amending the one in force. */
export const PlanVersionCreate = () => (
  <Create redirect="show">
    <PlanVersionForm />
  </Create>
);
