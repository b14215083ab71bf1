import { DeleteButton, EditButton, Show, TabbedShowLayout, TopToolbar } from 'react-admin';
import { HistoryPanel } from '../shared/history-panel';
import { TraceTab } from '../shared/trace-tab';
import { ReferenceLabel } from '../shared/localized-reference';
import { WhenStatus } from '../shared/when-status';
import { MeasureContent } from './measure-content';
import { MeasureDetails } from './measure-details';
import { MeasureMoves } from './measure-moves';
import { MeasureReports } from './measure-reports';
import { MinistryOnly } from './ministry-only';

const Actions = () => (
  <TopToolbar>
    <MinistryOnly>
      <WhenStatus statuses={['planned', 'in_progress', 'suspended']}>
        <EditButton />
      </WhenStatus>
      <MeasureMoves />
      <WhenStatus statuses={['planned']}>
        <DeleteButton mutationMode="pessimistic" redirect="list" />
      </WhenStatus>
    </MinistryOnly>
  </TopToolbar>
);

export const MeasureShow = () => (
  <Show actions={<Actions />} title={<ReferenceLabel code="code" text="title" />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="tracker.do.tabs.details">
        <MeasureDetails />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.do.tabs.content" path="content">
        <MeasureContent />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.do.tabs.reports" path="reports">
        <MeasureReports />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.do.tabs.history" path="history">
        <HistoryPanel resource="measures" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.act.tabs.trace" path="trace">
        <TraceTab entityType="measure" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
