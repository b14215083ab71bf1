import { CreateButton, DataTable, ExportButton, List, TopToolbar } from 'react-admin';
import { InstantField } from '../shared/date-fields';
import { EnumField } from '../shared/enum-field';
import { StatusChip } from '../shared/status-chip';
import { amendmentFilters } from './amendment-filters';

const ListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

/** Proposed changes to the Basic Plan, the Guidelines and laws, newest first. */
export const AmendmentList = () => (
  <List
    filters={amendmentFilters}
    sort={{ field: 'createdAt', order: 'DESC' }}
    actions={<ListActions />}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="target">
        <EnumField source="target" prefix="tracker.amendment_target" />
      </DataTable.Col>
      <DataTable.Col source="targetName" disableSort />
      <DataTable.Col source="leadMinistry" disableSort>
        <EnumField source="leadMinistry" prefix="tracker.ministry" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChip source="status" prefix="tracker.status.amendment" />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <InstantField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="decidedAt">
        <InstantField source="decidedAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
