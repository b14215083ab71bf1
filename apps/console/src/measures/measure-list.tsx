import { CreateButton, DataTable, ExportButton, FilterButton, List, TopToolbar } from 'react-admin';
import { DateOnlyField } from '../shared/date-fields';
import { EnumField } from '../shared/enum-field';
import { TrackerPagination } from '../shared/list-pagination';
import { LocalizedTextField } from '../shared/localized-text-field';
import { RatingChip } from '../shared/rating-chip';
import { SavedQueriesAside } from '../shared/saved-queries-aside';
import { StatusChip } from '../shared/status-chip';
import { LateMark } from './late-mark';
import { measureFilters } from './measure-filters';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

/** The measures carrying out the Basic Plan, with their latest rating and whether they are late. */
export const MeasureList = () => (
  <List
    filters={measureFilters}
    sort={{ field: 'code', order: 'ASC' }}
    actions={<ListActions />}
    aside={<SavedQueriesAside />}
    pagination={<TrackerPagination />}
    perPage={25}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="titleJa" label="resources.measures.fields.title" disableSort>
        <LocalizedTextField source="title" />
      </DataTable.Col>
      <DataTable.Col source="leadMinistry">
        <EnumField source="leadMinistry" prefix="tracker.ministry" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChip source="status" prefix="tracker.status.measure" />
      </DataTable.Col>
      <DataTable.Col source="rating" label="resources.measures.fields.currentRating">
        <RatingChip source="currentRating" showNone />
      </DataTable.Col>
      <DataTable.Col source="late" disableSort>
        <LateMark />
      </DataTable.Col>
      <DataTable.Col source="dueDate">
        <DateOnlyField source="dueDate" />
      </DataTable.Col>
    </DataTable>
  </List>
);
