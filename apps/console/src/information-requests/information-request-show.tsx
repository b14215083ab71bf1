import RespondIcon from '@mui/icons-material/MarkEmailRead';
import CloseIcon from '@mui/icons-material/Cancel';
import { RESPONSE_COOPERATION_STATUSES } from '@tracker/contracts';
import { Box } from '@mui/material';
import {
  BooleanField,
  BooleanInput,
  DateInput,
  EditButton,
  Labeled,
  ReferenceField,
  SelectInput,
  Show,
  TabbedShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  maxLength,
  required,
} from 'react-admin';
import { choicesOf } from '../shared/choices';
import { DateOnlyField } from '../shared/date-fields';
import { EnumField } from '../shared/enum-field';
import { HistoryPanel } from '../shared/history-panel';
import { ReferenceLabel } from '../shared/localized-reference';
import { MoveButton } from '../shared/move-button';
import { Redactable } from '../shared/redactable';
import { StatusChip } from '../shared/status-chip';
import { notFuture } from '../shared/validators';
import { WhenStatus } from '../shared/when-status';
import { OverdueMark } from './overdue-mark';

const RESOURCE = 'information-requests';
const TEXTS = 'tracker.move.information_request';

const Actions = () => (
  <TopToolbar>
    <WhenStatus statuses={['open']}>
      <EditButton />
    </WhenStatus>
    <MoveButton
      resource={RESOURCE}
      move="respond"
      texts={`${TEXTS}.respond`}
      icon={<RespondIcon />}
    >
      <SelectInput
        source="cooperationStatus"
        choices={choicesOf('tracker.cooperation', RESPONSE_COOPERATION_STATUSES)}
        validate={required()}
      />
      <TextInput source="responseText" validate={maxLength(20_000)} multiline minRows={3} />
      <DateInput source="responseDate" validate={[required(), notFuture]} />
      <BooleanInput source="responseTradeSecret" helperText="tracker.check.help.trade_secret" />
    </MoveButton>
    <MoveButton resource={RESOURCE} move="close" texts={`${TEXTS}.close`} icon={<CloseIcon />}>
      <TextInput source="reason" validate={[required(), maxLength(2000)]} multiline minRows={2} />
    </MoveButton>
  </TopToolbar>
);

export const InformationRequestShow = () => (
  <Show actions={<Actions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="tracker.check.tabs.details">
        <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
          <Labeled source="investigationId">
            <ReferenceField source="investigationId" reference="investigations" link="show">
              <ReferenceLabel text="title" />
            </ReferenceField>
          </Labeled>
          <Labeled source="organisationId">
            <ReferenceField source="organisationId" reference="organisations" link="show">
              <ReferenceLabel text="name" />
            </ReferenceField>
          </Labeled>
          <Labeled source="status">
            <StatusChip source="status" prefix="tracker.status.information_request" />
          </Labeled>
          <Labeled source="requestDate">
            <DateOnlyField source="requestDate" />
          </Labeled>
          <Labeled source="dueDate">
            <span>
              <DateOnlyField source="dueDate" /> <OverdueMark />
            </span>
          </Labeled>
          <Labeled source="voluntary">
            <BooleanField source="voluntary" />
          </Labeled>
        </Box>
        <Labeled source="subject">
          <TextField source="subject" />
        </Labeled>
        <Labeled source="questions">
          <TextField source="questions" sx={{ whiteSpace: 'pre-wrap' }} />
        </Labeled>
        <Labeled source="legalBasis">
          <TextField source="legalBasis" />
        </Labeled>
        <TextField source="burdenJustification" emptyText="—" />
        <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
          <Labeled source="cooperationStatus">
            <EnumField source="cooperationStatus" prefix="tracker.cooperation" emptyText="—" />
          </Labeled>
          <Labeled source="responseDate">
            <DateOnlyField source="responseDate" />
          </Labeled>
          <Labeled source="responseTradeSecret">
            <BooleanField source="responseTradeSecret" />
          </Labeled>
        </Box>
        <Labeled source="responseText">
          <Redactable source="responseText">
            <TextField source="responseText" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
          </Redactable>
        </Labeled>
        <TextField source="closeReason" emptyText="—" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.check.tabs.history" path="history">
        <HistoryPanel resource={RESOURCE} />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
