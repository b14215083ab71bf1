import { COOPERATION_STATUSES, INFORMATION_REQUEST_STATUSES } from '@tracker/contracts';
import {
  CreateButton,
  DataTable,
  DateInput,
  ExportButton,
  FilterButton,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TopToolbar,
  AutocompleteInput,
} from 'react-admin';
import { choicesOf } from '../shared/choices';
import { DateOnlyField } from '../shared/date-fields';
import { EnumField } from '../shared/enum-field';
import { TrackerPagination } from '../shared/list-pagination';
import { ReferenceLabel } from '../shared/localized-reference';
import { SavedQueriesAside } from '../shared/saved-queries-aside';
import { StatusChip } from '../shared/status-chip';
import { OverdueMark } from './overdue-mark';
import { useRecordLabel } from '../shared/use-record-label';

/** Requests to one organisation, picked by name. */
const OrganisationFilter = ({ source }: { source: string }) => (
  <ReferenceInput
    source={source}
    reference="organisations"
    sort={{ field: 'nameJa', order: 'ASC' }}
  >
    <AutocompleteInput
      optionText={useRecordLabel('name')}
      filterToQuery={(q) => ({ q })}
      label="resources.information-requests.fields.organisationId"
    />
  </ReferenceInput>
);

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={choicesOf('tracker.status.information_request', INFORMATION_REQUEST_STATUSES)}
    alwaysOn
  />,
  <NullableBooleanInput key="overdue" source="overdue" alwaysOn />,
  <SelectInput
    key="cooperationStatus"
    source="cooperationStatus"
    choices={choicesOf('tracker.cooperation', COOPERATION_STATUSES)}
  />,
  <OrganisationFilter key="organisationId" source="organisationId" />,
  <DateInput
    key="dueFrom"
    source="dueFrom"
    label="resources.information-requests.fields.dueDate"
  />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

/** Requests to organisations across investigations, soonest due first. */
export const InformationRequestList = () => (
  <List
    filters={filters}
    sort={{ field: 'dueDate', order: 'ASC' }}
    actions={<ListActions />}
    aside={<SavedQueriesAside />}
    pagination={<TrackerPagination />}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="subject" disableSort />
      <DataTable.Col source="organisationId" disableSort>
        <ReferenceField source="organisationId" reference="organisations" link={false}>
          <ReferenceLabel text="name" />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="requestDate">
        <DateOnlyField source="requestDate" />
      </DataTable.Col>
      <DataTable.Col source="dueDate">
        <DateOnlyField source="dueDate" /> <OverdueMark />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChip source="status" prefix="tracker.status.information_request" />
      </DataTable.Col>
      <DataTable.Col source="cooperationStatus">
        <EnumField source="cooperationStatus" prefix="tracker.cooperation" />
      </DataTable.Col>
    </DataTable>
  </List>
);
