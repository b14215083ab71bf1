import { Alert } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  Create,
  DateInput,
  Edit,
  ReferenceInput,
  SimpleForm,
  TextInput,
  maxLength,
  required,
  useTranslate,
} from 'react-admin';
import { notFuture } from '../shared/validators';
import { useRecordLabel } from '../shared/use-record-label';

const VoluntaryNote = () => {
  const translate = useTranslate();
  return <Alert severity="info">{translate('tracker.check.help.voluntary')}</Alert>;
};

const Fields = () => (
  <>
    <TextInput source="subject" validate={[required(), maxLength(300)]} />
    <TextInput
      source="questions"
      validate={[required(), maxLength(20_000)]}
      multiline
      minRows={4}
    />
    <TextInput source="legalBasis" validate={maxLength(1000)} />
    <BooleanInput source="voluntary" />
    <DateInput source="requestDate" validate={notFuture} />
    <DateInput source="dueDate" validate={required()} />
  </>
);

/** Sent inside an investigation; a burdened organisation needs a reason for one more. */
export const InformationRequestCreate = () => (
  <Create redirect="show" record={{ voluntary: true }}>
    <SimpleForm sx={{ maxWidth: 880 }}>
      <VoluntaryNote />
      <ReferenceInput
        source="investigationId"
        reference="investigations"
        sort={{ field: 'createdAt', order: 'DESC' }}
      >
        <AutocompleteInput
          validate={required()}
          optionText={useRecordLabel('title', undefined, 'scope')}
          filterToQuery={(q) => ({ q })}
          label="resources.information-requests.fields.investigationId"
        />
      </ReferenceInput>
      <ReferenceInput
        source="organisationId"
        reference="organisations"
        sort={{ field: 'nameJa', order: 'ASC' }}
      >
        <AutocompleteInput
          validate={required()}
          optionText={useRecordLabel('name')}
          filterToQuery={(q) => ({ q })}
          label="resources.information-requests.fields.organisationId"
        />
      </ReferenceInput>
      <Fields />
      <TextInput
        source="burdenJustification"
        validate={maxLength(5000)}
        multiline
        minRows={2}
        helperText="tracker.check.help.burden"
      />
    </SimpleForm>
  </Create>
);

export const InformationRequestEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm sx={{ maxWidth: 880 }}>
      <Fields />
    </SimpleForm>
  </Edit>
);
