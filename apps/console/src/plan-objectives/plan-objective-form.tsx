import { ACT_PRINCIPLES } from '@tracker/contracts';
import {
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  minValue,
  required,
} from 'react-admin';
import { choicesOf } from '../shared/choices';

const title = [required(), maxLength(300)];

/** An objective's fields; `withVersion` on create (an objective never moves between versions). */
export const PlanObjectiveForm = ({ withVersion = false }: { withVersion?: boolean }) => (
  <SimpleForm sx={{ maxWidth: 880 }}>
    {withVersion && (
      <ReferenceInput
        source="planVersionId"
        reference="plan-versions"
        filter={{ status: 'draft' }}
        sort={{ field: 'number', order: 'DESC' }}
      >
        <SelectInput validate={required()} label="resources.plan-objectives.fields.planVersionId" />
      </ReferenceInput>
    )}
    <TextInput
      source="code"
      validate={[required(), maxLength(40)]}
      helperText="tracker.help.objective_code"
    />
    <SelectInput
      source="principle"
      choices={choicesOf('tracker.principle', ACT_PRINCIPLES)}
      validate={required()}
    />
    <TextInput source="titleJa" validate={title} />
    <TextInput source="titleEn" validate={title} />
    <TextInput source="descriptionJa" validate={maxLength(20_000)} multiline minRows={2} />
    <TextInput source="descriptionEn" validate={maxLength(20_000)} multiline minRows={2} />
    <NumberInput source="position" validate={minValue(0)} step={1} />
  </SimpleForm>
);
