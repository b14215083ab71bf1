import {
  AutocompleteArrayInput,
  Create,
  Edit,
  ReferenceArrayInput,
  SimpleForm,
  TextInput,
  maxLength,
  required,
  useGetIdentity,
} from 'react-admin';
import { ReferenceLabel } from '../shared/localized-reference';
import { useRecordLabel } from '../shared/use-record-label';

const InvestigationForm = () => (
  <SimpleForm sx={{ maxWidth: 880 }}>
    <TextInput source="titleJa" validate={maxLength(300)} />
    <TextInput source="titleEn" validate={maxLength(300)} />
    <TextInput source="scope" validate={[required(), maxLength(20_000)]} multiline minRows={3} />
    <ReferenceArrayInput
      source="incidentIds"
      reference="incidents"
      sort={{ field: 'reportedDate', order: 'DESC' }}
      perPage={25}
    >
      <AutocompleteArrayInput
        validate={required()}
        optionText={useRecordLabel('title', 'reference')}
        filterToQuery={(q) => ({ q })}
        label="resources.investigations.fields.incidentIds"
      />
    </ReferenceArrayInput>
    <TextInput source="haipReportReference" validate={maxLength(1000)} />
    <TextInput source="rootCause" validate={maxLength(20_000)} multiline minRows={2} />
  </SimpleForm>
);

/** The signed-in analyst leads it (the users list is for administrators only). */
export const InvestigationCreate = () => {
  const { identity } = useGetIdentity();
  if (!identity) return null;
  return (
    <Create redirect="show" transform={(data) => ({ ...data, leadAnalystId: identity.id })}>
      <InvestigationForm />
    </Create>
  );
};

export const InvestigationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" title={<ReferenceLabel text="title" />}>
    <InvestigationForm />
  </Edit>
);
