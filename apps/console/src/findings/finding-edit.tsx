import { MINISTRY_CODES, RECOMMENDED_ACTION_CODES, RISK_LEVELS } from '@tracker/contracts';
import {
  AutocompleteInput,
  Create,
  Edit,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  required,
} from 'react-admin';
import { choicesOf } from '../shared/choices';
import { evidenceToText, textToEvidence } from './evidence';
import { useRecordLabel } from '../shared/use-record-label';

const FindingFields = () => (
  <>
    <TextInput source="statementJa" validate={maxLength(20_000)} multiline minRows={3} />
    <TextInput source="statementEn" validate={maxLength(20_000)} multiline minRows={3} />
    <TextInput
      source="evidence"
      multiline
      minRows={3}
      format={evidenceToText}
      parse={textToEvidence}
      helperText="tracker.check.help.evidence"
    />
    <SelectInput
      source="riskLevel"
      choices={choicesOf('tracker.severity', RISK_LEVELS)}
      validate={required()}
    />
    <SelectInput
      source="recommendedAction"
      choices={choicesOf('tracker.recommended_action', RECOMMENDED_ACTION_CODES)}
      validate={required()}
    />
    <FormDataConsumer>
      {({ formData }) =>
        formData.recommendedAction === 'ministry_referral' && (
          <SelectInput
            source="referralMinistry"
            choices={choicesOf('tracker.ministry', MINISTRY_CODES)}
            validate={required()}
          />
        )
      }
    </FormDataConsumer>
  </>
);

export const FindingCreate = () => (
  <Create redirect="show">
    <SimpleForm sx={{ maxWidth: 880 }}>
      <ReferenceInput
        source="investigationId"
        reference="investigations"
        sort={{ field: 'createdAt', order: 'DESC' }}
      >
        <AutocompleteInput
          validate={required()}
          optionText={useRecordLabel('title', undefined, 'scope')}
          filterToQuery={(q) => ({ q })}
          label="resources.findings.fields.investigationId"
        />
      </ReferenceInput>
      <FindingFields />
    </SimpleForm>
  </Create>
);

/** Drafts and returned findings only; in review and accepted ones are fixed. */
export const FindingEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm sx={{ maxWidth: 880 }}>
      <FindingFields />
    </SimpleForm>
  </Edit>
);
