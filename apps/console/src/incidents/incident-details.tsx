import { Alert, Box, Typography } from '@mui/material';
import {
  BooleanField,
  Labeled,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  SingleFieldList,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateOnlyField } from '../shared/date-fields';
import { EnumField } from '../shared/enum-field';
import { LocalizedChip } from '../shared/localized-chip';
import { ReferenceLabel } from '../shared/localized-reference';
import { Redactable } from '../shared/redactable';
import { StatusChip } from '../shared/status-chip';
import { SeverityChip } from './severity-chip';
import { FieldRow, LabeledText, OptionalText, RecordTimes } from '../shared/rows';

/** What happened, to whom, through which AI system; confidential parts read "redacted". */
export const IncidentDetails = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      {record.confidentiality === 'confidential' && (
        <Alert severity="warning">{translate('tracker.check.help.confidentiality')}</Alert>
      )}
      <FieldRow>
        <Labeled source="reference">
          <TextField source="reference" />
        </Labeled>
        <Labeled source="status">
          <StatusChip source="status" prefix="tracker.status.incident" />
        </Labeled>
        <Labeled source="severity">
          <SeverityChip source="severity" />
        </Labeled>
        <Labeled source="confidentiality">
          <EnumField source="confidentiality" prefix="tracker.confidentiality" emptyText="—" />
        </Labeled>
        <Labeled source="occurredDate">
          <DateOnlyField source="occurredDate" />
        </Labeled>
        <Labeled source="reportedDate">
          <DateOnlyField source="reportedDate" />
        </Labeled>
      </FieldRow>
      <LabeledText source="titleJa" />
      <LabeledText source="titleEn" />
      <LabeledText source="summaryJa" multiline />
      <LabeledText source="summaryEn" multiline />
      <FieldRow>
        <Labeled source="source">
          <EnumField source="source" prefix="tracker.incident_source" emptyText="—" />
        </Labeled>
        <LabeledText source="sourceReference" />
        <Labeled source="sector">
          <EnumField source="sector" prefix="tracker.sector" emptyText="—" />
        </Labeled>
        <Labeled source="peopleAffected">
          <NumberField source="peopleAffected" emptyText="—" />
        </Labeled>
      </FieldRow>
      <Labeled source="riskCategories">
        <EnumField source="riskCategories" prefix="tracker.risk_category" chips emptyText="—" />
      </Labeled>
      <Labeled source="affectedInterests">
        <EnumField
          source="affectedInterests"
          prefix="tracker.affected_interest"
          chips
          emptyText="—"
        />
      </Labeled>
      <Labeled source="applicableLaws">
        <EnumField source="applicableLaws" prefix="tracker.existing_law" chips emptyText="—" />
      </Labeled>
      <Typography variant="h6" component="h2">
        {translate('tracker.check.tabs.ai_system')}
      </Typography>
      <FieldRow>
        <LabeledText source="aiSystemName" />
        <LabeledText source="aiModel" />
        <LabeledText source="aiDeveloper" />
        <LabeledText source="aiDeployer" />
        <Labeled source="advancedAi">
          <BooleanField source="advancedAi" />
        </Labeled>
        <Labeled source="openWeight">
          <BooleanField source="openWeight" />
        </Labeled>
      </FieldRow>
      <Labeled source="organisationIds">
        <Redactable source="organisationIds">
          <ReferenceArrayField source="organisationIds" reference="organisations">
            <SingleFieldList linkType="show">
              <LocalizedChip text="name" />
            </SingleFieldList>
          </ReferenceArrayField>
        </Redactable>
      </Labeled>
      <Labeled source="businessStatement">
        <Redactable source="businessStatement">
          <TextField source="businessStatement" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        </Redactable>
      </Labeled>
      <OptionalText source="resolution" />
      <OptionalText source="dismissalReason" />
      {record.duplicateOfId && (
        <Labeled source="duplicateOfId">
          <ReferenceField source="duplicateOfId" reference="incidents" link="show">
            <ReferenceLabel code="reference" text="title" />
          </ReferenceField>
        </Labeled>
      )}
      {Array.isArray(record.investigationIds) && record.investigationIds.length > 0 && (
        <Labeled source="investigationIds">
          <ReferenceArrayField source="investigationIds" reference="investigations">
            <SingleFieldList linkType="show">
              <LocalizedChip text="title" fallback="scope" />
            </SingleFieldList>
          </ReferenceArrayField>
        </Labeled>
      )}
      <RecordTimes />
    </Box>
  );
};
