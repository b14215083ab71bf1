import { ACT_PRINCIPLES } from '@tracker/contracts';
import { SearchInput, SelectInput } from 'react-admin';
import { planVersionFilter } from '../shared/plan-version-filter';
import { choicesOf } from '../shared/choices';

export const planObjectiveFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  planVersionFilter('resources.plan-objectives.fields.planVersionId'),
  <SelectInput
    key="principle"
    source="principle"
    choices={choicesOf('tracker.principle', ACT_PRINCIPLES)}
  />,
];
