import { Alert, Box } from '@mui/material';
import { Labeled, ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateOnlyField, FiscalPeriodField, InstantField } from '../shared/date-fields';
import { StatusChip } from '../shared/status-chip';
import { PlanVersionLabel } from './plan-version-label';
import { FieldRow, LabeledText, OptionalText, RecordTimes } from '../shared/rows';

/** The version's own fields: titles, period and the decisions of its life cycle. */
export const PlanVersionDetails = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      {record.status !== 'draft' && (
        <Alert severity="info">{translate('tracker.plan.read_only')}</Alert>
      )}
      <FieldRow>
        <Labeled source="status">
          <StatusChip source="status" prefix="tracker.status.plan_version" />
        </Labeled>
        <Labeled source="fiscalYearFrom" label="resources.plan-versions.fields.period">
          <FiscalPeriodField from="fiscalYearFrom" to="fiscalYearTo" />
        </Labeled>
        {record.basedOnId && (
          <Labeled source="basedOnId">
            <ReferenceField source="basedOnId" reference="plan-versions" link="show">
              <PlanVersionLabel />
            </ReferenceField>
          </Labeled>
        )}
      </FieldRow>
      <Labeled source="titleJa">
        <TextField source="titleJa" />
      </Labeled>
      <Labeled source="titleEn">
        <TextField source="titleEn" />
      </Labeled>
      <LabeledText source="summaryJa" />
      <LabeledText source="summaryEn" />
      {record.hqProposalDate && (
        <FieldRow>
          <Labeled source="hqProposalDate">
            <DateOnlyField source="hqProposalDate" />
          </Labeled>
          <Labeled source="hqProposalReference">
            <TextField source="hqProposalReference" />
          </Labeled>
        </FieldRow>
      )}
      {record.cabinetDecisionDate && (
        <FieldRow>
          <Labeled source="cabinetDecisionDate">
            <DateOnlyField source="cabinetDecisionDate" />
          </Labeled>
          <Labeled source="cabinetDecisionNumber">
            <TextField source="cabinetDecisionNumber" />
          </Labeled>
        </FieldRow>
      )}
      {record.supersededById && (
        <FieldRow>
          <Labeled source="supersededById">
            <ReferenceField source="supersededById" reference="plan-versions" link="show">
              <PlanVersionLabel />
            </ReferenceField>
          </Labeled>
          <Labeled source="supersededAt">
            <InstantField source="supersededAt" />
          </Labeled>
        </FieldRow>
      )}
      <OptionalText source="withdrawalReason" />
      <RecordTimes />
    </Box>
  );
};
