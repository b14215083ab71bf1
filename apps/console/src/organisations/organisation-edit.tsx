import { ORGANISATION_SIZE_CODES, ORGANISATION_TYPE_CODES, SECTOR_CODES } from '@tracker/contracts';
import {
  BooleanInput,
  Create,
  Edit,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  regex,
  required,
} from 'react-admin';
import { choicesOf } from '../shared/choices';
import { ReferenceLabel } from '../shared/localized-reference';

const name = maxLength(300);

const OrganisationForm = () => (
  <SimpleForm sx={{ maxWidth: 880 }}>
    <TextInput source="nameJa" validate={name} />
    <TextInput source="nameEn" validate={name} />
    <SelectInput
      source="type"
      choices={choicesOf('tracker.organisation_type', ORGANISATION_TYPE_CODES)}
      validate={required()}
    />
    <SelectInput
      source="sector"
      choices={choicesOf('tracker.sector', SECTOR_CODES)}
      validate={required()}
    />
    <SelectInput
      source="size"
      choices={choicesOf('tracker.organisation_size', ORGANISATION_SIZE_CODES)}
    />
    <BooleanInput source="domestic" />
    <TextInput source="country" validate={[required(), regex(/^[A-Z]{2}$/)]} />
    <TextInput source="notes" validate={maxLength(20_000)} multiline minRows={2} />
  </SimpleForm>
);

export const OrganisationCreate = () => (
  <Create redirect="show" record={{ domestic: true, country: 'JP' }}>
    <OrganisationForm />
  </Create>
);

export const OrganisationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" title={<ReferenceLabel text="name" />}>
    <OrganisationForm />
  </Edit>
);
