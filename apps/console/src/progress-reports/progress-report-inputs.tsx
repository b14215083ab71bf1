import {
  ArrayInput,
  AutocompleteInput,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SimpleFormIterator,
  TextInput,
  maxLength,
  number,
  required,
  useRecordContext,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { RAG_RATINGS } from '@tracker/contracts';
import { choicesOf } from '../shared/choices';
import { useRecordLabel } from '../shared/use-record-label';

/** Indicator values for the KPIs of the measure being reported on. */
const IndicatorValues = () => {
  const { control } = useFormContext();
  const record = useRecordContext();
  const measureId =
    (useWatch({ control, name: 'measureId' }) as string | undefined) ?? record?.measureId;
  return (
    <ArrayInput source="indicatorValues">
      <SimpleFormIterator inline disableReordering>
        <ReferenceInput
          source="measureKpiId"
          reference="measure-kpis"
          sort={{ field: 'createdAt', order: 'ASC' }}
          filter={{ measureId }}
        >
          <AutocompleteInput
            validate={required()}
            optionText={useRecordLabel('indicator')}
            label="resources.progress-reports.fields.measureKpiId"
          />
        </ReferenceInput>
        <NumberInput source="value" validate={[required(), number()]} />
      </SimpleFormIterator>
    </ArrayInput>
  );
};

/** What a report says (new or corrected): rating, its rationale, who answers for it. */
export const ReportContentInputs = () => (
  <>
    <RadioButtonGroupInput
      source="rating"
      choices={choicesOf('tracker.rating', RAG_RATINGS)}
      validate={required()}
      helperText="tracker.do.help.rating"
      row={false}
    />
    <TextInput
      source="ratingRationale"
      validate={[required(), maxLength(5000)]}
      multiline
      minRows={2}
    />
    <TextInput
      source="accountablePerson"
      validate={[required(), maxLength(200)]}
      helperText="tracker.do.help.accountable"
    />
    <TextInput
      source="narrativeJa"
      validate={[required(), maxLength(20_000)]}
      multiline
      minRows={3}
    />
    <TextInput source="narrativeEn" validate={maxLength(20_000)} multiline minRows={3} />
    <IndicatorValues />
  </>
);
