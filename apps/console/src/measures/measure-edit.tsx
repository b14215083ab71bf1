import {
  ACTOR_TYPE_CODES,
  LEGAL_NATURE_CODES,
  MEASURE_CATEGORY_CODES,
  MINISTRY_CODES,
} from '@tracker/contracts';
import {
  AutocompleteArrayInput,
  Create,
  DateInput,
  Edit,
  NumberInput,
  ReferenceArrayInput,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  minValue,
  regex,
  required,
} from 'react-admin';
import { choicesOf } from '../shared/choices';
import { ReferenceLabel } from '../shared/localized-reference';
import { useRecordLabel } from '../shared/use-record-label';
import { FormRow } from '../shared/rows';

const title = [required(), maxLength(300)];

/** Due no earlier than it starts (the API checks it too). */
const datesInOrder = (values: Record<string, unknown>) =>
  values.startDate && values.dueDate && (values.dueDate as string) < (values.startDate as string)
    ? { dueDate: 'tracker.do.due_before_start' }
    : {};

const MeasureForm = () => (
  <SimpleForm sx={{ maxWidth: 960 }} validate={datesInOrder}>
    <TextInput
      source="code"
      validate={[required(), regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/)]}
      helperText="tracker.do.help.code"
    />
    <TextInput source="titleJa" validate={title} />
    <TextInput source="titleEn" validate={title} />
    <TextInput source="descriptionJa" validate={maxLength(20_000)} multiline minRows={3} />
    <TextInput source="descriptionEn" validate={maxLength(20_000)} multiline minRows={3} />
    <ReferenceArrayInput
      source="objectiveIds"
      reference="plan-objectives"
      sort={{ field: 'code', order: 'ASC' }}
      perPage={100}
    >
      <AutocompleteArrayInput
        validate={required()}
        optionText={useRecordLabel('title', 'code')}
        filterToQuery={(q) => ({ q })}
        helperText="tracker.do.help.objectives"
        label="resources.measures.fields.objectiveIds"
      />
    </ReferenceArrayInput>
    <FormRow>
      <SelectInput
        source="leadMinistry"
        choices={choicesOf('tracker.ministry', MINISTRY_CODES)}
        validate={required()}
      />
      <SelectArrayInput
        source="cooperatingMinistries"
        choices={choicesOf('tracker.ministry', MINISTRY_CODES)}
      />
    </FormRow>
    <FormRow>
      <SelectInput
        source="category"
        choices={choicesOf('tracker.measure_category', MEASURE_CATEGORY_CODES)}
        validate={required()}
      />
      <SelectInput
        source="actorType"
        choices={choicesOf('tracker.actor_type', ACTOR_TYPE_CODES)}
        validate={required()}
      />
      <SelectInput
        source="legalNature"
        choices={choicesOf('tracker.legal_nature', LEGAL_NATURE_CODES)}
        validate={required()}
      />
    </FormRow>
    <FormRow>
      <NumberInput source="budgetYen" validate={minValue(0)} step={1} />
      <DateInput source="startDate" validate={required()} />
      <DateInput source="dueDate" validate={required()} />
    </FormRow>
  </SimpleForm>
);

export const MeasureCreate = () => (
  <Create redirect="show">
    <MeasureForm />
  </Create>
);

/** Measures that have not ended; the API keeps the objectives of other plan versions. */
export const MeasureEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    title={<ReferenceLabel code="code" text="title" />}
  >
    <MeasureForm />
  </Edit>
);
