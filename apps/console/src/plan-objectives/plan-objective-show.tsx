import { Labeled, ReferenceField, TextField } from 'react-admin';
import { EnumField } from '../shared/enum-field';
import { PlanContentShow } from '../shared/plan-content-show';

export const PlanObjectiveShow = () => (
  <PlanContentShow resource="plan-objectives">
    <Labeled source="planVersionId">
      <ReferenceField source="planVersionId" reference="plan-versions" link="show" />
    </Labeled>
    <TextField source="code" />
    <EnumField source="principle" prefix="tracker.principle" />
    <TextField source="titleJa" />
    <TextField source="titleEn" />
    <TextField source="descriptionJa" emptyText="—" />
    <TextField source="descriptionEn" emptyText="—" />
  </PlanContentShow>
);
