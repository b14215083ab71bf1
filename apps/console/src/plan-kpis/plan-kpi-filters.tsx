import { SelectInput, ReferenceInput, SearchInput } from 'react-admin';

export const planKpiFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput
    key="planVersionId"
    source="planVersionId"
    reference="plan-versions"
    alwaysOn
    sort={{ field: 'number', order: 'DESC' }}
  >
    <SelectInput label="resources.plan-kpis.fields.planVersionId" />
  </ReferenceInput>,
];
