import { ACT_PRINCIPLES } from '@tracker/contracts';
import { ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { choicesOf } from '../shared/choices';

export const planObjectiveFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput
    key="planVersionId"
    source="planVersionId"
    reference="plan-versions"
    alwaysOn
    sort={{ field: 'number', order: 'DESC' }}
  >
    <SelectInput label="resources.plan-objectives.fields.planVersionId" />
  </ReferenceInput>,
  <SelectInput
    key="principle"
    source="principle"
    choices={choicesOf('tracker.principle', ACT_PRINCIPLES)}
  />,
];
