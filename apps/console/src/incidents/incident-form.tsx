import { Typography } from '@mui/material';
import {
  AFFECTED_INTEREST_CODES,
  CONFIDENTIALITY_LEVELS,
  EXISTING_LAW_CODES,
  INCIDENT_SOURCE_CODES,
  RISK_CATEGORY_CODES,
  SECTOR_CODES,
  SEVERITIES,
} from '@tracker/contracts';
import {
  AutocompleteArrayInput,
  BooleanInput,
  DateInput,
  NumberInput,
  ReferenceArrayInput,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  minValue,
  required,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { choicesOf } from '../shared/choices';
import { localized } from '../shared/localized-text-field';
import { useCleared } from '../shared/use-cleared';
import { notFuture } from '../shared/validators';
import { FormRow } from '../shared/rows';

const date = [required(), notFuture];
const name = maxLength(300);

/** Reported no earlier than it happened. */
const datesInOrder = (values: Record<string, unknown>) => {
  const occurred = values.occurredDate as string | undefined;
  const reported = values.reportedDate as string | undefined;
  return occurred && reported && reported < occurred
    ? { reportedDate: 'tracker.check.reported_before_occurred' }
    : {};
};

/**
 * Intake of an incident (create and edit). The confidential parts (organisations, the
 * business's statement, the confidential level) are offered only to users cleared for them.
 */
export const IncidentForm = () => {
  const cleared = useCleared();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const levels = cleared
    ? CONFIDENTIALITY_LEVELS
    : CONFIDENTIALITY_LEVELS.filter((l) => l !== 'confidential');
  return (
    <SimpleForm sx={{ maxWidth: 960 }} validate={datesInOrder}>
      <FormRow>
        <DateInput source="occurredDate" validate={date} />
        <DateInput source="reportedDate" validate={date} />
        <SelectInput
          source="severity"
          choices={choicesOf('tracker.severity', SEVERITIES)}
          validate={required()}
        />
        <SelectInput
          source="confidentiality"
          choices={choicesOf('tracker.confidentiality', levels)}
          helperText="tracker.check.help.confidentiality"
        />
      </FormRow>
      <TextInput source="titleJa" validate={name} />
      <TextInput source="titleEn" validate={name} />
      <TextInput source="summaryJa" validate={maxLength(20_000)} multiline minRows={3} />
      <TextInput source="summaryEn" validate={maxLength(20_000)} multiline minRows={3} />
      <FormRow>
        <SelectInput
          source="source"
          choices={choicesOf('tracker.incident_source', INCIDENT_SOURCE_CODES)}
          validate={required()}
        />
        <TextInput source="sourceReference" validate={maxLength(1000)} sx={{ flex: 1 }} />
      </FormRow>
      <FormRow>
        <SelectInput
          source="sector"
          choices={choicesOf('tracker.sector', SECTOR_CODES)}
          validate={required()}
        />
        <NumberInput source="peopleAffected" validate={minValue(0)} step={1} />
      </FormRow>
      <SelectArrayInput
        source="riskCategories"
        choices={choicesOf('tracker.risk_category', RISK_CATEGORY_CODES)}
        validate={required()}
      />
      <SelectArrayInput
        source="affectedInterests"
        choices={choicesOf('tracker.affected_interest', AFFECTED_INTEREST_CODES)}
      />
      <SelectArrayInput
        source="applicableLaws"
        choices={choicesOf('tracker.existing_law', EXISTING_LAW_CODES)}
      />
      <Typography variant="h6" component="h2">
        {translate('tracker.check.tabs.ai_system')}
      </Typography>
      <FormRow>
        <TextInput source="aiSystemName" validate={name} />
        <TextInput source="aiModel" validate={name} />
        <TextInput source="aiDeveloper" validate={name} />
        <TextInput source="aiDeployer" validate={name} />
      </FormRow>
      <FormRow>
        <BooleanInput source="advancedAi" />
        <BooleanInput source="openWeight" />
      </FormRow>
      {cleared && (
        <>
          <ReferenceArrayInput
            source="organisationIds"
            reference="organisations"
            sort={{ field: 'nameJa', order: 'ASC' }}
            perPage={50}
          >
            <AutocompleteArrayInput
              optionText={(record) => localized(record, 'name', locale)}
              label="resources.incidents.fields.organisationIds"
              filterToQuery={(q) => ({ q })}
            />
          </ReferenceArrayInput>
          <TextInput
            source="businessStatement"
            validate={maxLength(20_000)}
            multiline
            minRows={2}
          />
        </>
      )}
    </SimpleForm>
  );
};
