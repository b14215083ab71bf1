import { DataTable, List, ReferenceField } from 'react-admin';
import { PlanVersionLabel } from '../plan-versions/plan-version-label';
import { DateOnlyField } from '../shared/date-fields';
import { FigureField, FiscalYearField } from './cycle-fields';

/** One PDCA cycle per fiscal year, the running one first, with the year's main figures. */
export const CycleList = () => (
  <List sort={{ field: 'fiscalYear', order: 'DESC' }} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="fiscalYear">
        <FiscalYearField />
      </DataTable.Col>
      <DataTable.Col source="startsOn" disableSort>
        <DateOnlyField source="startsOn" />
      </DataTable.Col>
      <DataTable.Col source="planVersionId" disableSort>
        <ReferenceField source="planVersionId" reference="plan-versions" link={false}>
          <PlanVersionLabel />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col label="tracker.act.figures.incidents" disableSort>
        <FigureField path="incidents.reported" />
      </DataTable.Col>
      <DataTable.Col label="tracker.act.figures.guidance_issued" disableSort>
        <FigureField path="guidance.issued" />
      </DataTable.Col>
      <DataTable.Col label="tracker.act.figures.amendments" disableSort>
        <FigureField path="amendments.proposed" />
      </DataTable.Col>
      <DataTable.Col label="tracker.act.figures.measures" disableSort>
        <FigureField path="measures.active" />
      </DataTable.Col>
    </DataTable>
  </List>
);
