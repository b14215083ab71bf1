import type { ReactNode } from 'react';
import { EditButton, Show, TabbedShowLayout, TopToolbar } from 'react-admin';
import { DraftOnly } from './draft-only';
import { HistoryPanel } from './history-panel';

/** Edit, shown while the record's plan version is a draft. */
export const DraftEditButton = () => (
  <DraftOnly>
    <EditButton />
  </DraftOnly>
);

/** The page of an objective or a KPI: its fields, then its history. */
export const PlanContentShow = ({
  resource,
  children,
}: {
  resource: string;
  children: ReactNode;
}) => (
  <Show
    actions={
      <TopToolbar>
        <DraftEditButton />
      </TopToolbar>
    }
  >
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="tracker.plan.tabs.details">{children}</TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.plan.tabs.history" path="history">
        <HistoryPanel resource={resource} />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
