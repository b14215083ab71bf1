import CorrectIcon from '@mui/icons-material/EditNote';
import { Alert, Box } from '@mui/material';
import {
  ArrayField,
  DataTable,
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  maxLength,
  required,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { DateOnlyField, InstantField } from '../shared/date-fields';
import { HistoryPanel } from '../shared/history-panel';
import { ReferenceLabel } from '../shared/localized-reference';
import { MoveButton } from '../shared/move-button';
import { RatingChip } from '../shared/rating-chip';
import { StatusChip } from '../shared/status-chip';
import { ReportContentInputs } from './progress-report-inputs';

/** Corrects by a new report that supersedes this one; opens the correction. */
const CorrectButton = () => {
  const redirect = useRedirect();
  return (
    <MoveButton
      resource="progress-reports"
      move="correct"
      texts="tracker.move.progress_report.correct"
      icon={<CorrectIcon />}
      onDone={(report) => redirect('show', 'progress-reports', report.id)}
    >
      <TextInput source="correctionReason" validate={[required(), maxLength(2000)]} />
      <ReportContentInputs />
    </MoveButton>
  );
};

const SupersededNote = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (record?.status !== 'superseded') return null;
  return <Alert severity="info">{translate('tracker.do.superseded_note')}</Alert>;
};

export const ProgressReportShow = () => (
  <Show
    actions={
      <TopToolbar>
        <CorrectButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <SupersededNote />
      <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
        <Labeled source="measureId">
          <ReferenceField source="measureId" reference="measures" link="show">
            <ReferenceLabel code="code" text="title" />
          </ReferenceField>
        </Labeled>
        <Labeled source="period">
          <TextField source="period" />
        </Labeled>
        <Labeled source="periodStart">
          <DateOnlyField source="periodStart" />
        </Labeled>
        <Labeled source="periodEnd">
          <DateOnlyField source="periodEnd" />
        </Labeled>
        <Labeled source="rating">
          <RatingChip source="rating" />
        </Labeled>
        <Labeled source="status">
          <StatusChip source="status" prefix="tracker.status.progress_report" />
        </Labeled>
        <Labeled source="createdAt">
          <InstantField source="createdAt" />
        </Labeled>
      </Box>
      <TextField source="ratingRationale" />
      <TextField source="accountablePerson" />
      <TextField source="narrativeJa" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="narrativeEn" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <ArrayField source="indicatorValues">
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="measureKpiId">
            <ReferenceField source="measureKpiId" reference="measure-kpis" link={false}>
              <ReferenceLabel text="indicator" />
            </ReferenceField>
          </DataTable.Col>
          <DataTable.NumberCol source="value" />
        </DataTable>
      </ArrayField>
      <TextField source="correctionReason" emptyText="—" />
      <HistoryPanel resource="progress-reports" />
    </SimpleShowLayout>
  </Show>
);
