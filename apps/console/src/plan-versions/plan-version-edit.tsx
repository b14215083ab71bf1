import { Edit } from 'react-admin';
import { PlanVersionLabel } from './plan-version-label';
import { PlanVersionForm } from './plan-version-form';

/** Only drafts can be edited (the edit button and page follow the record's status). */
export const PlanVersionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" title={<PlanVersionLabel />}>
    <PlanVersionForm />
  </Edit>
);
