import {
  INCIDENT_SOURCE_CODES,
  INCIDENT_STATUSES,
  RISK_CATEGORY_CODES,
  SECTOR_CODES,
  SEVERITIES,
  CONFIDENTIALITY_LEVELS,
} from '@tracker/contracts';
import { DateInput, SearchInput, SelectArrayInput, SelectInput, TextInput } from 'react-admin';
import { choicesOf } from '../shared/choices';

/** Every filter maps one to one onto the API's (libs/pdca check.lists.ts incidentList). */
export const incidentFilters = [
  <SearchInput key="q" source="q" alwaysOn helperText="tracker.check.help.search" />,
  <SelectArrayInput
    key="status"
    source="status"
    choices={choicesOf('tracker.status.incident', INCIDENT_STATUSES)}
    alwaysOn
  />,
  <SelectInput
    key="severity"
    source="severity"
    choices={choicesOf('tracker.severity', SEVERITIES)}
  />,
  <SelectInput key="sector" source="sector" choices={choicesOf('tracker.sector', SECTOR_CODES)} />,
  <SelectInput
    key="riskCategory"
    source="riskCategory"
    choices={choicesOf('tracker.risk_category', RISK_CATEGORY_CODES)}
  />,
  <SelectInput
    key="source"
    source="source"
    choices={choicesOf('tracker.incident_source', INCIDENT_SOURCE_CODES)}
  />,
  <SelectInput
    key="confidentiality"
    source="confidentiality"
    choices={choicesOf('tracker.confidentiality', CONFIDENTIALITY_LEVELS)}
  />,
  <TextInput key="reference" source="reference" />,
  <DateInput key="occurredFrom" source="occurredFrom" />,
  <DateInput key="occurredTo" source="occurredTo" />,
  <DateInput key="reportedFrom" source="reportedFrom" />,
  <DateInput key="reportedTo" source="reportedTo" />,
];
