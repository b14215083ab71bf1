import { CLEARANCES, MINISTRY_CODES, ROLES } from '@tracker/contracts';
import { SearchInput, SelectInput } from 'react-admin';
import { choicesOf } from '../shared/choices';

export const userFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={choicesOf('tracker.role', ROLES)} alwaysOn />,
  <SelectInput
    key="ministry"
    source="ministry"
    choices={choicesOf('tracker.ministry', MINISTRY_CODES)}
  />,
  <SelectInput
    key="clearance"
    source="clearance"
    choices={choicesOf('tracker.clearance', CLEARANCES)}
  />,
  <SelectInput
    key="disabled"
    source="disabled"
    choices={[
      { id: false, name: 'tracker.users.active_only' },
      { id: true, name: 'tracker.users.disabled_only' },
    ]}
  />,
];
