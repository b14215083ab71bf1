import { PLAN_VERSION_STATUSES } from '@tracker/contracts';
import { SearchInput, SelectInput } from 'react-admin';
import { choicesOf } from '../shared/choices';

export const planVersionFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={choicesOf('tracker.status.plan_version', PLAN_VERSION_STATUSES)}
    alwaysOn
  />,
];
