import { AMENDMENT_STATUSES, AMENDMENT_TARGET_CODES, MINISTRY_CODES } from '@tracker/contracts';
import { DateInput, SearchInput, SelectInput } from 'react-admin';
import { choicesOf } from '../shared/choices';

export const amendmentFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={choicesOf('tracker.status.amendment', AMENDMENT_STATUSES)}
    alwaysOn
  />,
  <SelectInput
    key="target"
    source="target"
    choices={choicesOf('tracker.amendment_target', AMENDMENT_TARGET_CODES)}
    alwaysOn
  />,
  <SelectInput
    key="leadMinistry"
    source="leadMinistry"
    choices={choicesOf('tracker.ministry', MINISTRY_CODES)}
  />,
  <DateInput key="createdFrom" source="createdFrom" />,
  <DateInput key="createdTo" source="createdTo" />,
];
