import { DeleteButton, EditButton, Show, TabbedShowLayout, TopToolbar } from 'react-admin';
import { DraftOnly } from '../shared/draft-only';
import { HistoryPanel } from '../shared/history-panel';
import { TraceTab } from '../shared/trace-tab';
import { PlanVersionCompare } from './plan-version-compare';
import { PlanVersionContent } from './plan-version-content';
import { PlanVersionDetails } from './plan-version-details';
import { PlanVersionLabel } from './plan-version-label';
import { AmendButton, ApproveButton, ProposeButton, WithdrawButton } from './plan-version-moves';

/** Each button shows itself only when the version allows it and the user may use it. */
const Actions = () => (
  <TopToolbar>
    <DraftOnly>
      <EditButton />
    </DraftOnly>
    <ProposeButton />
    <WithdrawButton />
    <ApproveButton />
    <AmendButton />
    <DraftOnly>
      <DeleteButton mutationMode="pessimistic" redirect="list" />
    </DraftOnly>
  </TopToolbar>
);

export const PlanVersionShow = () => (
  <Show actions={<Actions />} title={<PlanVersionLabel />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="tracker.plan.tabs.details">
        <PlanVersionDetails />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.plan.tabs.content" path="content">
        <PlanVersionContent />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.plan.tabs.history" path="history">
        <HistoryPanel resource="plan-versions" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.plan.tabs.compare" path="compare">
        <PlanVersionCompare />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.act.tabs.trace" path="trace">
        <TraceTab entityType="plan_version" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
