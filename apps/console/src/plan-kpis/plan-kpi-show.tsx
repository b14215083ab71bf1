import { Labeled, NumberField, ReferenceField, TextField } from 'react-admin';
import { DateOnlyField } from '../shared/date-fields';
import { PlanContentShow } from '../shared/plan-content-show';

export const PlanKpiShow = () => (
  <PlanContentShow resource="plan-kpis">
    <Labeled source="planVersionId">
      <ReferenceField source="planVersionId" reference="plan-versions" link="show" />
    </Labeled>
    <Labeled source="objectiveId">
      <ReferenceField source="objectiveId" reference="plan-objectives" link="show" />
    </Labeled>
    <TextField source="code" />
    <TextField source="indicatorJa" />
    <TextField source="indicatorEn" />
    <NumberField source="baseline" />
    <DateOnlyField source="baselineDate" />
    <NumberField source="target" />
    <TextField source="unit" />
    <DateOnlyField source="targetDate" />
  </PlanContentShow>
);
