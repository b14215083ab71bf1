import { CreateButton, DataTable, FilterButton, List, TopToolbar } from 'react-admin';
import { DateOnlyField } from '../shared/date-fields';
import { EnumField } from '../shared/enum-field';
import { TrackerPagination } from '../shared/list-pagination';
import { LocalizedTextField } from '../shared/localized-text-field';
import { SavedQueriesAside } from '../shared/saved-queries-aside';
import { StatusChip } from '../shared/status-chip';
import { IncidentExportButton } from './incident-export-button';
import { incidentFilters } from './incident-filters';
import { SeverityChip } from './severity-chip';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <IncidentExportButton />
  </TopToolbar>
);

/** Incidents, newest report first; at a million rows the total is the API's estimate. */
export const IncidentList = () => (
  <List
    filters={incidentFilters}
    sort={{ field: 'reportedDate', order: 'DESC' }}
    actions={<ListActions />}
    aside={<SavedQueriesAside />}
    pagination={<TrackerPagination />}
    perPage={25}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="reference" />
      <DataTable.Col source="titleJa" label="resources.incidents.fields.title" disableSort>
        <LocalizedTextField source="title" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChip source="status" prefix="tracker.status.incident" />
      </DataTable.Col>
      <DataTable.Col source="severity">
        <SeverityChip source="severity" />
      </DataTable.Col>
      <DataTable.Col source="sector" disableSort>
        <EnumField source="sector" prefix="tracker.sector" />
      </DataTable.Col>
      <DataTable.Col source="occurredDate">
        <DateOnlyField source="occurredDate" />
      </DataTable.Col>
      <DataTable.Col source="reportedDate">
        <DateOnlyField source="reportedDate" />
      </DataTable.Col>
    </DataTable>
  </List>
);
