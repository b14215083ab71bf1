import { GUIDANCE_KIND_CODES, GUIDANCE_STATUSES, MINISTRY_CODES } from '@tracker/contracts';
import {
  BooleanInput,
  DateInput,
  NullableBooleanInput,
  SearchInput,
  SelectInput,
} from 'react-admin';
import { choicesOf } from '../shared/choices';

export const guidanceFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={choicesOf('tracker.status.guidance', GUIDANCE_STATUSES)}
    alwaysOn
  />,
  <SelectInput
    key="kind"
    source="kind"
    choices={choicesOf('tracker.guidance_kind', GUIDANCE_KIND_CODES)}
    alwaysOn
  />,
  <SelectInput
    key="issuingAuthority"
    source="issuingAuthority"
    choices={choicesOf('tracker.ministry', MINISTRY_CODES)}
  />,
  <NullableBooleanInput key="public" source="public" />,
  <BooleanInput key="followUpDue" source="followUpDue" />,
  <DateInput key="issueDateFrom" source="issueDateFrom" />,
  <DateInput key="issueDateTo" source="issueDateTo" />,
  <DateInput key="followUpFrom" source="followUpFrom" />,
  <DateInput key="followUpTo" source="followUpTo" />,
];
