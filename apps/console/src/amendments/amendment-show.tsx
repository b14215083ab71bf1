import SubmitIcon from '@mui/icons-material/Send';
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
import { MoveButton } from '../shared/move-button';
import { TraceTab } from '../shared/trace-tab';
import { AmendmentDetails } from './amendment-details';

/** A proposal is edited and deleted until it is submitted. */
const WhileProposed = ({ children }: { children: ReactNode }) =>
  useRecordContext()?.status === 'proposed' ? <>{children}</> : null;

const Actions = () => (
  <TopToolbar>
    <WhileProposed>
      <EditButton />
    </WhileProposed>
    <MoveButton
      resource="amendments"
      move="submit"
      texts="tracker.move.amendment.submit"
      icon={<SubmitIcon />}
    />
    <WhileProposed>
      <DeleteButton mutationMode="pessimistic" redirect="list" />
    </WhileProposed>
  </TopToolbar>
);

export const AmendmentShow = () => (
  <Show actions={<Actions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="tracker.act.tabs.details">
        <AmendmentDetails />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.act.tabs.history" path="history">
        <HistoryPanel resource="amendments" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.act.tabs.trace" path="trace">
        <TraceTab entityType="amendment" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
