import { ReferenceInput, SelectInput } from 'react-admin';
import { PlanVersionLabel } from '../plan-versions/plan-version-label';

/** "Which version?": the filter of the objective and KPI lists. */
export const planVersionFilter = (label: string) => (
  <ReferenceInput
    key="planVersionId"
    source="planVersionId"
    reference="plan-versions"
    sort={{ field: 'number', order: 'DESC' }}
    alwaysOn
  >
    <SelectInput label={label} optionText={<PlanVersionLabel />} />
  </ReferenceInput>
);
