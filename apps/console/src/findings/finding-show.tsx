import SubmitIcon from '@mui/icons-material/Send';
import AcceptIcon from '@mui/icons-material/Verified';
import ReturnIcon from '@mui/icons-material/Undo';
import { Box } from '@mui/material';
import {
  DeleteButton,
  EditButton,
  Labeled,
  ReferenceField,
  Show,
  TabbedShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  maxLength,
  required,
  useRecordContext,
} from 'react-admin';
import { SeverityChip } from '../incidents/severity-chip';
import { InstantField } from '../shared/date-fields';
import { EnumField } from '../shared/enum-field';
import { HistoryPanel } from '../shared/history-panel';
import { TraceTab } from '../shared/trace-tab';
import { ReferenceLabel } from '../shared/localized-reference';
import { MoveButton } from '../shared/move-button';
import { StatusChip } from '../shared/status-chip';
import { WhenStatus } from '../shared/when-status';

const RESOURCE = 'findings';
const TEXTS = 'tracker.move.finding';

const Actions = () => (
  <TopToolbar>
    <WhenStatus statuses={['draft', 'returned']}>
      <EditButton />
    </WhenStatus>
    <MoveButton resource={RESOURCE} move="submit" texts={`${TEXTS}.submit`} icon={<SubmitIcon />} />
    <MoveButton resource={RESOURCE} move="accept" texts={`${TEXTS}.accept`} icon={<AcceptIcon />}>
      <TextInput source="note" validate={maxLength(5000)} multiline minRows={2} />
    </MoveButton>
    <MoveButton resource={RESOURCE} move="return" texts={`${TEXTS}.return`} icon={<ReturnIcon />}>
      <TextInput source="note" validate={[required(), maxLength(5000)]} multiline minRows={2} />
    </MoveButton>
    <WhenStatus statuses={['draft']}>
      <DeleteButton mutationMode="pessimistic" redirect="list" />
    </WhenStatus>
  </TopToolbar>
);

const Evidence = () => {
  const record = useRecordContext();
  const evidence = (record?.evidence as string[] | undefined) ?? [];
  if (!evidence.length) return <span>—</span>;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {evidence.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </Box>
  );
};

export const FindingShow = () => (
  <Show actions={<Actions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="tracker.check.tabs.details">
        <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
          <Labeled source="investigationId">
            <ReferenceField source="investigationId" reference="investigations" link="show">
              <ReferenceLabel text="title" />
            </ReferenceField>
          </Labeled>
          <Labeled source="status">
            <StatusChip source="status" prefix="tracker.status.finding" />
          </Labeled>
          <Labeled source="riskLevel">
            <SeverityChip source="riskLevel" />
          </Labeled>
          <Labeled source="recommendedAction">
            <EnumField
              source="recommendedAction"
              prefix="tracker.recommended_action"
              emptyText="—"
            />
          </Labeled>
          <Labeled source="referralMinistry">
            <EnumField source="referralMinistry" prefix="tracker.ministry" emptyText="—" />
          </Labeled>
          <Labeled source="updatedAt">
            <InstantField source="updatedAt" />
          </Labeled>
        </Box>
        <TextField source="statementJa" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <TextField source="statementEn" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <Labeled source="evidence">
          <Evidence />
        </Labeled>
        <TextField source="reviewNote" emptyText="—" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.check.tabs.history" path="history">
        <HistoryPanel resource={RESOURCE} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.act.tabs.trace" path="trace">
        <TraceTab entityType="finding" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
