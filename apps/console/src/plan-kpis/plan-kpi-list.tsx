import { DataTable, List, ReferenceField } from 'react-admin';
import { DateOnlyField } from '../shared/date-fields';
import { PlanVersionLabel } from '../plan-versions/plan-version-label';
import { DraftEditButton } from '../shared/plan-content-show';
import { LocalizedTextField } from '../shared/localized-text-field';
import { planKpiFilters } from './plan-kpi-filters';

export const PlanKpiList = () => (
  <List filters={planKpiFilters} sort={{ field: 'code', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="planVersionId" disableSort>
        <ReferenceField source="planVersionId" reference="plan-versions" link={false}>
          <PlanVersionLabel short />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="code" />
      <DataTable.Col source="indicatorJa" label="resources.plan-kpis.fields.indicator" disableSort>
        <LocalizedTextField source="indicator" />
      </DataTable.Col>
      <DataTable.NumberCol source="baseline" disableSort />
      <DataTable.NumberCol source="target" disableSort />
      <DataTable.Col source="unit" disableSort />
      <DataTable.Col source="targetDate">
        <DateOnlyField source="targetDate" />
      </DataTable.Col>
      <DataTable.Col label={false}>
        <DraftEditButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
