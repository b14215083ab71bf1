import { ENTITY_TYPES } from '@tracker/contracts';
import { DateInput, SelectInput, TextInput } from 'react-admin';
import { choicesOf } from '../shared/choices';

export const auditEventFilters = [
  <SelectInput
    key="entityType"
    source="entityType"
    choices={choicesOf('tracker.entity', ENTITY_TYPES)}
    alwaysOn
  />,
  <TextInput key="action" source="action" alwaysOn />,
  <TextInput key="actorLabel" source="actorLabel" />,
  <TextInput key="entityId" source="entityId" />,
  <DateInput key="occurredFrom" source="occurredFrom" />,
  <DateInput key="occurredTo" source="occurredTo" />,
];
