import { Alert, Button, Chip, Stack, Typography } from '@mui/material';
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
import { Link } from 'react-router-dom';
import { SubjectReview } from '../review-inbox/subject-review';
import { DateOnlyField, InstantField } from '../shared/date-fields';
import { EnumField } from '../shared/enum-field';
import { localized } from '../shared/localized-text-field';
import { GuidanceStatusChips, isLocked } from './guidance-chips';
import { GuidanceLabel } from './guidance-label';
import { FieldRow, OptionalText } from '../shared/rows';

/** A localized chip for a linked record whose page may belong to another stage's console. */
const LinkedChip = ({ text }: { text: string }) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  if (!record) return null;
  return <Chip size="small" variant="outlined" label={localized(record, text, locale)} />;
};

/** The body as written: line breaks matter (the difference view compares it line by line). */
export const BodyText = ({ source }: { source: 'bodyJa' | 'bodyEn'; label?: string }) => {
  const record = useRecordContext();
  return (
    <Typography
      component="div"
      sx={{ whiteSpace: 'pre-wrap', bgcolor: 'grey.50', p: 2, borderRadius: 1 }}
      lang={source === 'bodyJa' ? 'ja' : 'en'}
    >
      {record?.[source] as string}
    </Typography>
  );
};

/** The version's fields: what it says, to whom, on what grounds, and its life so far. */
export const GuidanceDetails = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { permissions = [] } = usePermissions<Permission[]>();
  if (!record) return null;
  // Findings sit in case files: only those who read investigations see them.
  const readsFindings = permissions.includes('investigations.read');
  const named = (record.addresseeOrganisationIds as string[] | undefined)?.length;
  return (
    <Stack spacing={2}>
      {isLocked(record) && <Alert severity="info">{translate('tracker.act.locked_help')}</Alert>}
      {record.status === 'in_review' && (
        <Alert
          severity="info"
          action={
            <Button component={Link} to="/review-inbox" size="small">
              {translate('tracker.act.review_decide')}
            </Button>
          }
        >
          {translate('tracker.act.review_pending')}
        </Alert>
      )}
      <SubjectReview />
      {record.status === 'draft' && record.reviewNote && (
        <Alert severity="warning">
          {translate('resources.guidance.fields.reviewNote')}: {record.reviewNote as string}
        </Alert>
      )}
      <FieldRow>
        <Labeled source="status">
          <GuidanceStatusChips />
        </Labeled>
        <Labeled source="referenceNumber">
          <TextField source="referenceNumber" />
        </Labeled>
        <Labeled source="versionNumber">
          <TextField source="versionNumber" />
        </Labeled>
        <Labeled source="kind">
          <EnumField source="kind" prefix="tracker.guidance_kind" />
        </Labeled>
        <Labeled source="issuingAuthority">
          <EnumField source="issuingAuthority" prefix="tracker.ministry" />
        </Labeled>
        <Labeled source="public">
          <span>
            {translate(record.public ? 'tracker.act.public_yes' : 'tracker.act.public_no')}
          </span>
        </Labeled>
      </FieldRow>
      <Labeled source="legalBasis">
        <TextField source="legalBasis" />
      </Labeled>
      <FieldRow>
        {readsFindings && (
          <Labeled source="findingIds">
            <ReferenceArrayField source="findingIds" reference="findings">
              <SingleFieldList linkType={false}>
                <LinkedChip text="statement" />
              </SingleFieldList>
            </ReferenceArrayField>
          </Labeled>
        )}
        {named ? (
          <Labeled source="addresseeOrganisationIds">
            <ReferenceArrayField source="addresseeOrganisationIds" reference="organisations">
              <SingleFieldList linkType={false}>
                <LinkedChip text="name" />
              </SingleFieldList>
            </ReferenceArrayField>
          </Labeled>
        ) : null}
        {record.addresseeSector && (
          <Labeled source="addresseeSector">
            <EnumField source="addresseeSector" prefix="tracker.sector" />
          </Labeled>
        )}
      </FieldRow>
      <Labeled source="titleJa">
        <TextField source="titleJa" />
      </Labeled>
      <Labeled source="titleEn">
        <TextField source="titleEn" />
      </Labeled>
      <Labeled source="bodyJa">
        <BodyText source="bodyJa" />
      </Labeled>
      <Labeled source="bodyEn">
        <BodyText source="bodyEn" />
      </Labeled>
      <FieldRow>
        <Labeled source="issueDate">
          <DateOnlyField source="issueDate" />
        </Labeled>
        <Labeled source="followUpDate">
          <DateOnlyField source="followUpDate" />
        </Labeled>
        <OptionalText source="followUpResult" />
        {record.acknowledgedOn && (
          <Labeled source="acknowledgedOn">
            <span>
              <DateOnlyField source="acknowledgedOn" /> {record.acknowledgedBy as string}
            </span>
          </Labeled>
        )}
      </FieldRow>
      {record.withdrawalReason && (
        <FieldRow>
          <Labeled source="withdrawalReason">
            <TextField source="withdrawalReason" />
          </Labeled>
          <Labeled source="withdrawnAt">
            <InstantField source="withdrawnAt" />
          </Labeled>
        </FieldRow>
      )}
      <FieldRow>
        {record.previousVersionId && (
          <Labeled source="previousVersionId">
            <ReferenceField source="previousVersionId" reference="guidance" link="show">
              <GuidanceLabel short />
            </ReferenceField>
          </Labeled>
        )}
        {record.supersededById && (
          <Labeled source="supersededById">
            <ReferenceField source="supersededById" reference="guidance" link="show">
              <GuidanceLabel short />
            </ReferenceField>
          </Labeled>
        )}
        <Labeled source="createdAt">
          <InstantField source="createdAt" />
        </Labeled>
        <Labeled source="updatedAt">
          <InstantField source="updatedAt" />
        </Labeled>
      </FieldRow>
    </Stack>
  );
};
