import { FINDING_STATUSES, RECOMMENDED_ACTION_CODES, RISK_LEVELS } from '@tracker/contracts';
import {
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { SeverityChip } from '../incidents/severity-chip';
import { choicesOf } from '../shared/choices';
import { InstantField } from '../shared/date-fields';
import { EnumField } from '../shared/enum-field';
import { TrackerPagination } from '../shared/list-pagination';
import { LocalizedTextField } from '../shared/localized-text-field';
import { SavedQueriesAside } from '../shared/saved-queries-aside';
import { StatusChip } from '../shared/status-chip';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput
    key="status"
    source="status"
    choices={choicesOf('tracker.status.finding', FINDING_STATUSES)}
    alwaysOn
  />,
  <SelectInput
    key="riskLevel"
    source="riskLevel"
    choices={choicesOf('tracker.severity', RISK_LEVELS)}
  />,
  <SelectInput
    key="recommendedAction"
    source="recommendedAction"
    choices={choicesOf('tracker.recommended_action', RECOMMENDED_ACTION_CODES)}
  />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

export const FindingList = () => (
  <List
    filters={filters}
    sort={{ field: 'createdAt', order: 'DESC' }}
    actions={<ListActions />}
    aside={<SavedQueriesAside />}
    pagination={<TrackerPagination />}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="statementJa" label="resources.findings.fields.statement" disableSort>
        <LocalizedTextField source="statement" />
      </DataTable.Col>
      <DataTable.Col source="riskLevel">
        <SeverityChip source="riskLevel" />
      </DataTable.Col>
      <DataTable.Col source="recommendedAction" disableSort>
        <EnumField source="recommendedAction" prefix="tracker.recommended_action" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChip source="status" prefix="tracker.status.finding" />
      </DataTable.Col>
      <DataTable.Col source="updatedAt">
        <InstantField source="updatedAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
