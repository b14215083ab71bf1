import {
  AutocompleteInput,
  Create,
  ReferenceInput,
  SimpleForm,
  TextInput,
  regex,
  required,
} from 'react-admin';
import { ReportContentInputs } from './progress-report-inputs';
import { useRecordLabel } from '../shared/use-record-label';

const PERIOD = /^FY\d{4}-Q[1-4]$/;

/** A quarter's report on a measure; after submission it is only ever corrected. */
export const ProgressReportCreate = () => (
  <Create
    redirect={(_resource, _id, data) =>
      data?.measureId ? `measures/${data.measureId as string}/show/reports` : 'progress-reports'
    }
  >
    <SimpleForm sx={{ maxWidth: 880 }}>
      <ReferenceInput
        source="measureId"
        reference="measures"
        sort={{ field: 'code', order: 'ASC' }}
      >
        <AutocompleteInput
          validate={required()}
          optionText={useRecordLabel('title', 'code')}
          filterToQuery={(q) => ({ q })}
          label="resources.progress-reports.fields.measureId"
        />
      </ReferenceInput>
      <TextInput
        source="period"
        validate={[required(), regex(PERIOD)]}
        helperText="tracker.do.help.period"
      />
      <ReportContentInputs />
    </SimpleForm>
  </Create>
);
