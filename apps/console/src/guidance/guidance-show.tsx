import type { ReactNode } from 'react';
import {
  DeleteButton,
  EditButton,
  Show,
  TabbedShowLayout,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { HistoryPanel } from '../shared/history-panel';
import { TraceTab } from '../shared/trace-tab';
import { GuidanceDetails } from './guidance-details';
import { GuidanceExportButtons } from './guidance-export';
import { GuidanceLabel } from './guidance-label';
import {
  AcknowledgeButton,
  FollowUpButton,
  IssueButton,
  ReviseButton,
  SubmitButton,
  WithdrawButton,
} from './guidance-moves';
import { GuidanceVersions } from './guidance-versions';

/** Only a draft's text changes: issued versions get no edit button (and a lock chip). */
const WhileDraft = ({ children }: { children: ReactNode }) =>
  useRecordContext()?.status === 'draft' ? <>{children}</> : null;

/** Each button shows itself only when the version allows it and the user may use it. */
const Actions = () => (
  <TopToolbar>
    <WhileDraft>
      <EditButton />
    </WhileDraft>
    <SubmitButton />
    <IssueButton />
    <ReviseButton />
    <AcknowledgeButton />
    <FollowUpButton />
    <WithdrawButton />
    <GuidanceExportButtons />
    <WhileDraft>
      <DeleteButton mutationMode="pessimistic" redirect="list" />
    </WhileDraft>
  </TopToolbar>
);

export const GuidanceShow = () => (
  <Show actions={<Actions />} title={<GuidanceLabel />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="tracker.act.tabs.details">
        <GuidanceDetails />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.act.tabs.versions" path="versions">
        <GuidanceVersions />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.act.tabs.history" path="history">
        <HistoryPanel resource="guidance" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.act.tabs.trace" path="trace">
        <TraceTab entityType="guidance" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
