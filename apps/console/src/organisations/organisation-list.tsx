import { ORGANISATION_SIZE_CODES, ORGANISATION_TYPE_CODES, SECTOR_CODES } from '@tracker/contracts';
import {
  BooleanField,
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  NullableBooleanInput,
  SearchInput,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { choicesOf } from '../shared/choices';
import { EnumField } from '../shared/enum-field';
import { TrackerPagination } from '../shared/list-pagination';
import { LocalizedTextField } from '../shared/localized-text-field';
import { SavedQueriesAside } from '../shared/saved-queries-aside';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="type"
    source="type"
    choices={choicesOf('tracker.organisation_type', ORGANISATION_TYPE_CODES)}
    alwaysOn
  />,
  <SelectInput key="sector" source="sector" choices={choicesOf('tracker.sector', SECTOR_CODES)} />,
  <SelectInput
    key="size"
    source="size"
    choices={choicesOf('tracker.organisation_size', ORGANISATION_SIZE_CODES)}
  />,
  <NullableBooleanInput key="domestic" source="domestic" />,
  <NullableBooleanInput key="hasOpenRequests" source="hasOpenRequests" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

/** Businesses and others the Check stage deals with; open requests show the burden on each. */
export const OrganisationList = () => (
  <List
    filters={filters}
    sort={{ field: 'nameEn', order: 'ASC' }}
    actions={<ListActions />}
    aside={<SavedQueriesAside />}
    pagination={<TrackerPagination />}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="nameJa" label="resources.organisations.fields.name">
        <LocalizedTextField source="name" />
      </DataTable.Col>
      <DataTable.Col source="type">
        <EnumField source="type" prefix="tracker.organisation_type" />
      </DataTable.Col>
      <DataTable.Col source="sector">
        <EnumField source="sector" prefix="tracker.sector" />
      </DataTable.Col>
      <DataTable.Col source="country" disableSort />
      <DataTable.Col source="domestic" disableSort>
        <BooleanField source="domestic" />
      </DataTable.Col>
      <DataTable.NumberCol source="openRequestCount" disableSort />
      <DataTable.NumberCol source="requestsLast12Months" disableSort />
    </DataTable>
  </List>
);
