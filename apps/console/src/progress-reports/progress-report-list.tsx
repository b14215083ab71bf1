import { RAG_RATINGS } from '@tracker/contracts';
import {
  AutocompleteInput,
  BooleanInput,
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextInput,
  TopToolbar,
} from 'react-admin';
import { choicesOf } from '../shared/choices';
import { InstantField } from '../shared/date-fields';
import { TrackerPagination } from '../shared/list-pagination';
import { ReferenceLabel } from '../shared/localized-reference';
import { RatingChip } from '../shared/rating-chip';
import { SavedQueriesAside } from '../shared/saved-queries-aside';
import { StatusChip } from '../shared/status-chip';
import { useRecordLabel } from '../shared/use-record-label';

/** Reports on one measure, picked by code or title. */
const MeasureFilter = ({ source }: { source: string }) => (
  <ReferenceInput source={source} reference="measures" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput
      optionText={useRecordLabel('title', 'code')}
      filterToQuery={(q) => ({ q })}
      label="resources.progress-reports.fields.measureId"
    />
  </ReferenceInput>
);

const filters = [
  <BooleanInput key="current" source="current" alwaysOn />,
  <SelectInput
    key="rating"
    source="rating"
    choices={choicesOf('tracker.rating', RAG_RATINGS)}
    alwaysOn
  />,
  <TextInput key="period" source="period" />,
  <MeasureFilter key="measureId" source="measureId" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

/** Every progress report, newest period first; corrected ones stay listed as superseded. */
export const ProgressReportList = () => (
  <List
    filters={filters}
    filterDefaultValues={{ current: true }}
    sort={{ field: 'period', order: 'DESC' }}
    actions={<ListActions />}
    aside={<SavedQueriesAside />}
    pagination={<TrackerPagination />}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="period" />
      <DataTable.Col source="measureId" disableSort>
        <ReferenceField source="measureId" reference="measures" link={false}>
          <ReferenceLabel code="code" text="title" />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="rating">
        <RatingChip source="rating" />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <StatusChip source="status" prefix="tracker.status.progress_report" />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <InstantField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
