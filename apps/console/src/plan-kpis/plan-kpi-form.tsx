import { Box } from '@mui/material';
import {
  SelectInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  SimpleForm,
  TextInput,
  maxLength,
  number,
  required,
} from 'react-admin';
import { notFuture } from '../shared/validators';

const text = [required(), maxLength(300)];

/** A KPI's indicator, baseline and target; `withObjective` on create. */
export const PlanKpiForm = ({ withObjective = false }: { withObjective?: boolean }) => (
  <SimpleForm sx={{ maxWidth: 880 }}>
    {withObjective && (
      <ReferenceInput
        source="objectiveId"
        reference="plan-objectives"
        sort={{ field: 'code', order: 'ASC' }}
      >
        <SelectInput validate={required()} label="resources.plan-kpis.fields.objectiveId" />
      </ReferenceInput>
    )}
    <TextInput source="code" validate={[required(), maxLength(40)]} />
    <TextInput source="indicatorJa" validate={text} />
    <TextInput source="indicatorEn" validate={text} />
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
      <NumberInput
        source="baseline"
        validate={[required(), number()]}
        helperText="tracker.help.kpi_values"
      />
      <DateInput source="baselineDate" validate={notFuture} />
    </Box>
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
      <NumberInput source="target" validate={[required(), number()]} />
      <TextInput source="unit" validate={[required(), maxLength(40)]} />
      <DateInput source="targetDate" validate={required()} />
    </Box>
  </SimpleForm>
);
