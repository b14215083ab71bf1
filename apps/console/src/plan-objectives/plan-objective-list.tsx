import { DataTable, List, ReferenceField } from 'react-admin';
import { PlanVersionLabel } from '../plan-versions/plan-version-label';
import { DraftEditButton } from '../shared/plan-content-show';
import { EnumField } from '../shared/enum-field';
import { LocalizedTextField } from '../shared/localized-text-field';
import { planObjectiveFilters } from './plan-objective-filters';

export const PlanObjectiveList = () => (
  <List filters={planObjectiveFilters} sort={{ field: 'position', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="planVersionId">
        <ReferenceField source="planVersionId" reference="plan-versions" link={false}>
          <PlanVersionLabel short />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="code" />
      <DataTable.Col source="principle">
        <EnumField source="principle" prefix="tracker.principle" />
      </DataTable.Col>
      <DataTable.Col source="titleJa" label="resources.plan-objectives.fields.title" disableSort>
        <LocalizedTextField source="title" />
      </DataTable.Col>
      <DataTable.Col label={false}>
        <DraftEditButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
