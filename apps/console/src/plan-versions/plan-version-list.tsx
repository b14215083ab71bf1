import { CreateButton, DataTable, ExportButton, List, TopToolbar } from 'react-admin';
import { DateOnlyField, FiscalPeriodField, InstantField } from '../shared/date-fields';
import { LocalizedTextField } from '../shared/localized-text-field';
import { StatusChip } from '../shared/status-chip';
import { planVersionFilters } from './plan-version-filters';

const ListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

/** Every version of the AI Basic Plan, newest first; the status filter finds the one in force. */
export const PlanVersionList = () => (
  <List
    filters={planVersionFilters}
    sort={{ field: 'number', order: 'DESC' }}
    actions={<ListActions />}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" />
      <DataTable.Col source="titleJa" label="resources.plan-versions.fields.title" disableSort>
        <LocalizedTextField source="title" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChip source="status" prefix="tracker.status.plan_version" />
      </DataTable.Col>
      <DataTable.Col
        source="fiscalYearFrom"
        label="resources.plan-versions.fields.period"
        disableSort
      >
        <FiscalPeriodField from="fiscalYearFrom" to="fiscalYearTo" />
      </DataTable.Col>
      <DataTable.Col source="cabinetDecisionDate">
        <DateOnlyField source="cabinetDecisionDate" />
      </DataTable.Col>
      <DataTable.Col source="updatedAt">
        <InstantField source="updatedAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
