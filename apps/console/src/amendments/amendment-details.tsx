import { Alert, Chip, Stack } from '@mui/material';
import type { Permission } from '@tracker/contracts';
import {
  Labeled,
  ReferenceArrayField,
  ReferenceField,
  SingleFieldList,
  TextField,
  useLocaleState,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { GuidanceLabel } from '../guidance/guidance-label';
import { PlanVersionLabel } from '../plan-versions/plan-version-label';
import { SubjectReview } from '../review-inbox/subject-review';
import { InstantField } from '../shared/date-fields';
import { EnumField } from '../shared/enum-field';
import { localized } from '../shared/localized-text-field';
import { StatusChip } from '../shared/status-chip';
import { FieldRow, OptionalText } from '../shared/rows';

const FindingChip = () => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  return record ? (
    <Chip size="small" variant="outlined" label={localized(record, 'statement', locale)} />
  ) : null;
};

/** The proposal, its grounds, its decision, and the plan version it opened. */
export const AmendmentDetails = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { permissions = [] } = usePermissions<Permission[]>();
  if (!record) return null;
  return (
    <Stack spacing={2}>
      {record.status === 'in_review' && (
        <Alert severity="info">{translate('tracker.act.review_pending')}</Alert>
      )}
      <SubjectReview />
      {record.openedPlanVersionId && (
        <Alert severity="success" data-opened-plan>
          {translate('tracker.act.opened_plan')}:{' '}
          <ReferenceField source="openedPlanVersionId" reference="plan-versions" link="show">
            <PlanVersionLabel />
          </ReferenceField>
        </Alert>
      )}
      <FieldRow>
        <Labeled source="status">
          <StatusChip source="status" prefix="tracker.status.amendment" />
        </Labeled>
        <Labeled source="target">
          <EnumField source="target" prefix="tracker.amendment_target" />
        </Labeled>
        <Labeled source="targetName">
          <TextField source="targetName" />
        </Labeled>
        <Labeled source="leadMinistry">
          <EnumField source="leadMinistry" prefix="tracker.ministry" />
        </Labeled>
        {record.planVersionId && (
          <Labeled source="planVersionId">
            <ReferenceField source="planVersionId" reference="plan-versions" link="show">
              <PlanVersionLabel />
            </ReferenceField>
          </Labeled>
        )}
      </FieldRow>
      <Labeled source="proposedChangeJa">
        <TextField source="proposedChangeJa" sx={{ whiteSpace: 'pre-wrap' }} />
      </Labeled>
      <Labeled source="proposedChangeEn">
        <TextField source="proposedChangeEn" sx={{ whiteSpace: 'pre-wrap' }} />
      </Labeled>
      <FieldRow>
        {permissions.includes('investigations.read') && (
          <Labeled source="findingIds">
            <ReferenceArrayField source="findingIds" reference="findings">
              <SingleFieldList linkType={false}>
                <FindingChip />
              </SingleFieldList>
            </ReferenceArrayField>
          </Labeled>
        )}
        <Labeled source="guidanceIds">
          <ReferenceArrayField source="guidanceIds" reference="guidance">
            <SingleFieldList linkType="show">
              <GuidanceLabel short />
            </SingleFieldList>
          </ReferenceArrayField>
        </Labeled>
      </FieldRow>
      <OptionalText source="rejectionReason" />
      <OptionalText source="approvalNote" />
      <FieldRow>
        <Labeled source="createdAt">
          <InstantField source="createdAt" />
        </Labeled>
        <Labeled source="decidedAt">
          <InstantField source="decidedAt" />
        </Labeled>
      </FieldRow>
    </Stack>
  );
};
