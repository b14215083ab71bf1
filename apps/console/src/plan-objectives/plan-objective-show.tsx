import {
  EditButton,
  Labeled,
  ReferenceField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DraftOnly } from '../shared/draft-only';
import { EnumField } from '../shared/enum-field';
import { HistoryPanel } from '../shared/history-panel';

const Actions = () => (
  <TopToolbar>
    <DraftOnly>
      <EditButton />
    </DraftOnly>
  </TopToolbar>
);

export const PlanObjectiveShow = () => (
  <Show actions={<Actions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="tracker.plan.tabs.details">
        <Labeled source="planVersionId">
          <ReferenceField source="planVersionId" reference="plan-versions" link="show" />
        </Labeled>
        <TextField source="code" />
        <EnumField source="principle" prefix="tracker.principle" />
        <TextField source="titleJa" />
        <TextField source="titleEn" />
        <TextField source="descriptionJa" emptyText="—" />
        <TextField source="descriptionEn" emptyText="—" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.plan.tabs.history" path="history">
        <HistoryPanel resource="plan-objectives" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
