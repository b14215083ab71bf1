import AddIcon from '@mui/icons-material/Add';
import { Box } from '@mui/material';
import {
  CreateButton,
  DataTable,
  EditButton,
  Labeled,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SingleFieldList,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { SeverityChip } from '../incidents/severity-chip';
import { DateOnlyField, InstantField } from '../shared/date-fields';
import { EnumField } from '../shared/enum-field';
import { HistoryPanel } from '../shared/history-panel';
import { TraceTab } from '../shared/trace-tab';
import { LocalizedChip } from '../shared/localized-chip';
import { ReferenceLabel } from '../shared/localized-reference';
import { LocalizedTextField } from '../shared/localized-text-field';
import { StatusChip } from '../shared/status-chip';
import { TimelinePanel } from '../shared/timeline-panel';
import { WhenStatus } from '../shared/when-status';
import { LabeledText } from '../shared/rows';
import {
  AnalyseButton,
  ConcludeButton,
  GatherButton,
  ReviewButton,
  ReviseButton,
} from './investigation-moves';

const ACTIVE = ['open', 'gathering_information', 'analysis', 'findings_in_review'];

const Actions = () => (
  <TopToolbar>
    <WhenStatus statuses={ACTIVE}>
      <EditButton />
    </WhenStatus>
    <GatherButton />
    <AnalyseButton />
    <ReviewButton />
    <ReviseButton />
    <ConcludeButton />
  </TopToolbar>
);

const Details = () => (
  <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
    <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
      <Labeled source="status">
        <StatusChip source="status" prefix="tracker.status.investigation" />
      </Labeled>
      <Labeled source="createdAt">
        <InstantField source="createdAt" />
      </Labeled>
      <Labeled source="openRequests">
        <NumberField source="openRequests" />
      </Labeled>
      <Labeled source="findings">
        <NumberField source="findings" />
      </Labeled>
      <Labeled source="acceptedFindings">
        <NumberField source="acceptedFindings" />
      </Labeled>
    </Box>
    <LabeledText source="titleJa" />
    <LabeledText source="titleEn" />
    <Labeled source="scope">
      <TextField source="scope" sx={{ whiteSpace: 'pre-wrap' }} />
    </Labeled>
    <Labeled source="incidentIds">
      <ReferenceArrayField source="incidentIds" reference="incidents">
        <SingleFieldList linkType="show">
          <LocalizedChip text="title" fallback="reference" />
        </SingleFieldList>
      </ReferenceArrayField>
    </Labeled>
    <LabeledText source="haipReportReference" />
    <LabeledText source="rootCause" multiline />
    <LabeledText source="conclusion" multiline />
    <Labeled source="concludedAt">
      <InstantField source="concludedAt" />
    </Labeled>
  </Box>
);

/** The case file's requests to organisations, with a button to send another. */
const Requests = () => {
  const record = useRecordContext();
  return (
    <>
      <ReferenceManyField
        reference="information-requests"
        target="investigationId"
        sort={{ field: 'dueDate', order: 'ASC' }}
      >
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="subject" />
          <DataTable.Col source="organisationId">
            <ReferenceField source="organisationId" reference="organisations" link={false}>
              <ReferenceLabel text="name" />
            </ReferenceField>
          </DataTable.Col>
          <DataTable.Col source="dueDate">
            <DateOnlyField source="dueDate" />
          </DataTable.Col>
          <DataTable.Col source="status">
            <StatusChip source="status" prefix="tracker.status.information_request" />
          </DataTable.Col>
          <DataTable.Col source="cooperationStatus">
            <EnumField source="cooperationStatus" prefix="tracker.cooperation" />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <WhenStatus statuses={ACTIVE}>
        <CreateButton
          resource="information-requests"
          label="tracker.check.send_request"
          icon={<AddIcon />}
          state={{ record: { investigationId: record?.id } }}
        />
      </WhenStatus>
    </>
  );
};

const Findings = () => {
  const record = useRecordContext();
  return (
    <>
      <ReferenceManyField
        reference="findings"
        target="investigationId"
        sort={{ field: 'createdAt', order: 'DESC' }}
      >
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col
            source="statementJa"
            label="resources.findings.fields.statement"
            disableSort
          >
            <LocalizedTextField source="statement" />
          </DataTable.Col>
          <DataTable.Col source="riskLevel">
            <SeverityChip source="riskLevel" />
          </DataTable.Col>
          <DataTable.Col source="recommendedAction">
            <EnumField source="recommendedAction" prefix="tracker.recommended_action" />
          </DataTable.Col>
          <DataTable.Col source="status">
            <StatusChip source="status" prefix="tracker.status.finding" />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <WhenStatus statuses={ACTIVE}>
        <CreateButton
          resource="findings"
          label="tracker.check.record_finding"
          icon={<AddIcon />}
          state={{ record: { investigationId: record?.id } }}
        />
      </WhenStatus>
    </>
  );
};

export const InvestigationShow = () => (
  <Show actions={<Actions />} title={<ReferenceLabel text="title" />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="tracker.check.tabs.details">
        <Details />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.check.tabs.requests" path="requests">
        <Requests />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.check.tabs.findings" path="findings">
        <Findings />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.check.tabs.timeline" path="timeline">
        <TimelinePanel resource="investigations" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.check.tabs.history" path="history">
        <HistoryPanel resource="investigations" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.act.tabs.trace" path="trace">
        <TraceTab entityType="investigation" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
