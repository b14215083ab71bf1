import { INVESTIGATION_STATUSES } from '@tracker/contracts';
import {
  CreateButton,
  DataTable,
  DateInput,
  ExportButton,
  FilterButton,
  List,
  SearchInput,
  SelectArrayInput,
  TopToolbar,
} from 'react-admin';
import { choicesOf } from '../shared/choices';
import { InstantField } from '../shared/date-fields';
import { TrackerPagination } from '../shared/list-pagination';
import { LocalizedTextField } from '../shared/localized-text-field';
import { SavedQueriesAside } from '../shared/saved-queries-aside';
import { StatusChip } from '../shared/status-chip';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput
    key="status"
    source="status"
    choices={choicesOf('tracker.status.investigation', INVESTIGATION_STATUSES)}
    alwaysOn
  />,
  <DateInput key="createdFrom" source="createdFrom" />,
  <DateInput key="createdTo" source="createdTo" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

export const InvestigationList = () => (
  <List
    filters={filters}
    sort={{ field: 'createdAt', order: 'DESC' }}
    actions={<ListActions />}
    aside={<SavedQueriesAside />}
    pagination={<TrackerPagination />}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="titleJa" label="resources.investigations.fields.title" disableSort>
        <LocalizedTextField source="title" />
      </DataTable.Col>
      <DataTable.Col source="scope" disableSort />
      <DataTable.Col source="status">
        <StatusChip source="status" prefix="tracker.status.investigation" />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <InstantField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="updatedAt">
        <InstantField source="updatedAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
