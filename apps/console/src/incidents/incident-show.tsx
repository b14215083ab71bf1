import { EditButton, Show, TabbedShowLayout, TopToolbar } from 'react-admin';
import { HistoryPanel } from '../shared/history-panel';
import { TraceTab } from '../shared/trace-tab';
import { ReferenceLabel } from '../shared/localized-reference';
import { TimelinePanel } from '../shared/timeline-panel';
import { WhenStatus } from '../shared/when-status';
import { IncidentDetails } from './incident-details';
import {
  CloseButton,
  DismissButton,
  DuplicateButton,
  OpenInvestigationButton,
  TriageButton,
} from './incident-moves';

const OPEN = ['reported', 'triaged', 'under_investigation'];

/** Each button shows itself only when the incident allows it and the user may use it. */
const Actions = () => (
  <TopToolbar>
    <WhenStatus statuses={OPEN}>
      <EditButton />
    </WhenStatus>
    <TriageButton />
    <OpenInvestigationButton />
    <CloseButton />
    <DismissButton />
    <DuplicateButton />
  </TopToolbar>
);

export const IncidentShow = () => (
  <Show actions={<Actions />} title={<ReferenceLabel code="reference" text="title" />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="tracker.check.tabs.details">
        <IncidentDetails />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.check.tabs.timeline" path="timeline">
        <TimelinePanel resource="incidents" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.check.tabs.history" path="history">
        <HistoryPanel resource="incidents" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.act.tabs.trace" path="trace">
        <TraceTab entityType="incident" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
