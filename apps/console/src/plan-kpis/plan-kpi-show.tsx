import {
  EditButton,
  Labeled,
  NumberField,
  ReferenceField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateOnlyField } from '../shared/date-fields';
import { DraftOnly } from '../shared/draft-only';
import { HistoryPanel } from '../shared/history-panel';

const Actions = () => (
  <TopToolbar>
    <DraftOnly>
      <EditButton />
    </DraftOnly>
  </TopToolbar>
);

export const PlanKpiShow = () => (
  <Show actions={<Actions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="tracker.plan.tabs.details">
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
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.plan.tabs.history" path="history">
        <HistoryPanel resource="plan-kpis" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
