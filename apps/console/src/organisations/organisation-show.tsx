import { Box } from '@mui/material';
import {
  ArrayField,
  BooleanField,
  DataTable,
  EditButton,
  Labeled,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { DateOnlyField } from '../shared/date-fields';
import { EnumField } from '../shared/enum-field';
import { HistoryPanel } from '../shared/history-panel';
import { ReferenceLabel } from '../shared/localized-reference';
import { StatusChip } from '../shared/status-chip';
import { LabeledText } from '../shared/rows';

/** The requests sent to it: null for users who do not read investigations, so not shown. */
const Requests = ({ source }: { source: 'openRequests' | 'recentRequests' }) => {
  const record = useRecordContext();
  if (!Array.isArray(record?.[source])) return null;
  return (
    <Labeled source={source}>
      <ArrayField source={source}>
        <DataTable
          resource="information-requests"
          bulkActionButtons={false}
          rowClick={(id) => `/information-requests/${id}/show`}
        >
          <DataTable.Col source="subject" />
          <DataTable.Col source="requestDate">
            <DateOnlyField source="requestDate" />
          </DataTable.Col>
          <DataTable.Col source="dueDate">
            <DateOnlyField source="dueDate" />
          </DataTable.Col>
          <DataTable.Col source="status">
            <StatusChip source="status" prefix="tracker.status.information_request" />
          </DataTable.Col>
          <DataTable.Col source="cooperationStatus">
            <EnumField source="cooperationStatus" prefix="tracker.cooperation" emptyText="—" />
          </DataTable.Col>
        </DataTable>
      </ArrayField>
    </Labeled>
  );
};

export const OrganisationShow = () => (
  <Show
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
    title={<ReferenceLabel text="name" />}
  >
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="tracker.check.tabs.details">
        <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
          <LabeledText source="nameJa" />
          <LabeledText source="nameEn" />
          <Labeled source="type">
            <EnumField source="type" prefix="tracker.organisation_type" emptyText="—" />
          </Labeled>
          <Labeled source="sector">
            <EnumField source="sector" prefix="tracker.sector" emptyText="—" />
          </Labeled>
          <Labeled source="size">
            <EnumField source="size" prefix="tracker.organisation_size" emptyText="—" />
          </Labeled>
          <Labeled source="country">
            <TextField source="country" />
          </Labeled>
          <Labeled source="domestic">
            <BooleanField source="domestic" />
          </Labeled>
        </Box>
        <TextField source="notes" emptyText="—" />
        <Requests source="openRequests" />
        <Requests source="recentRequests" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.check.tabs.history" path="history">
        <HistoryPanel resource="organisations" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
