import { Alert, Box } from '@mui/material';
import type { LateReason } from '@tracker/contracts';
import {
  Labeled,
  NumberField,
  ReferenceArrayField,
  SingleFieldList,
  TextField,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateOnlyField } from '../shared/date-fields';
import { EnumField } from '../shared/enum-field';
import { LocalizedChip } from '../shared/localized-chip';
import { RatingChip } from '../shared/rating-chip';
import { StatusChip } from '../shared/status-chip';
import { describeLateReasons } from './measure-progress';
import { FieldRow, LabeledText, OptionalText, RecordTimes } from '../shared/rows';

/** Why the measure is late, as the API derived it (overdue milestones, missing reports). */
const Lateness = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record?.late) return null;
  const reasons = describeLateReasons(record.lateReasons as LateReason[], translate, locale);
  return (
    <Alert severity="error" data-late="true">
      <strong>{translate('tracker.do.late')}</strong>: {reasons.join(' / ')}
    </Alert>
  );
};

export const MeasureDetails = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Lateness />
      <FieldRow>
        <Labeled source="code">
          <TextField source="code" />
        </Labeled>
        <Labeled source="status">
          <StatusChip source="status" prefix="tracker.status.measure" />
        </Labeled>
        <Labeled source="currentRating">
          <RatingChip source="currentRating" showNone />
        </Labeled>
        <LabeledText source="currentRatingPeriod" />
        <Labeled source="startDate">
          <DateOnlyField source="startDate" />
        </Labeled>
        <Labeled source="dueDate">
          <DateOnlyField source="dueDate" />
        </Labeled>
      </FieldRow>
      <Labeled source="titleJa">
        <TextField source="titleJa" />
      </Labeled>
      <Labeled source="titleEn">
        <TextField source="titleEn" />
      </Labeled>
      <LabeledText source="descriptionJa" multiline />
      <LabeledText source="descriptionEn" multiline />
      <Labeled source="objectiveIds">
        <ReferenceArrayField source="objectiveIds" reference="plan-objectives">
          <SingleFieldList linkType={false}>
            <LocalizedChip text="title" fallback="code" />
          </SingleFieldList>
        </ReferenceArrayField>
      </Labeled>
      <FieldRow>
        <Labeled source="leadMinistry">
          <EnumField source="leadMinistry" prefix="tracker.ministry" emptyText="—" />
        </Labeled>
        <Labeled source="cooperatingMinistries">
          <EnumField source="cooperatingMinistries" prefix="tracker.ministry" chips emptyText="—" />
        </Labeled>
      </FieldRow>
      <FieldRow>
        <Labeled source="category">
          <EnumField source="category" prefix="tracker.measure_category" emptyText="—" />
        </Labeled>
        <Labeled source="actorType">
          <EnumField source="actorType" prefix="tracker.actor_type" emptyText="—" />
        </Labeled>
        <Labeled source="legalNature">
          <EnumField source="legalNature" prefix="tracker.legal_nature" emptyText="—" />
        </Labeled>
        <Labeled source="budgetYen">
          <NumberField source="budgetYen" emptyText="—" />
        </Labeled>
      </FieldRow>
      <OptionalText source="statusReason" />
      {record.completedOn && (
        <Labeled source="completedOn">
          <DateOnlyField source="completedOn" />
        </Labeled>
      )}
      <RecordTimes />
    </Box>
  );
};
