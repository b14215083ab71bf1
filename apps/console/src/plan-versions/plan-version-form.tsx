import { Box, Typography } from '@mui/material';
import {
  NumberInput,
  SimpleForm,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  number,
  required,
  useTranslate,
} from 'react-admin';
import { fiscalYearsInOrder } from '../shared/validators';

const title = [required(), maxLength(300)];
const text = [maxLength(20_000)];
const fiscalYear = [number(), minValue(2025), maxValue(2100)];

/** Title, summary and period of a plan version, in both languages (create and edit). */
export const PlanVersionForm = () => {
  const translate = useTranslate();
  return (
    <SimpleForm validate={fiscalYearsInOrder} sx={{ maxWidth: 880 }}>
      <TextInput source="titleJa" validate={title} helperText="tracker.help.plan_title" />
      <TextInput source="titleEn" validate={title} />
      <TextInput source="summaryJa" validate={text} multiline minRows={3} />
      <TextInput source="summaryEn" validate={text} multiline minRows={3} />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <NumberInput source="fiscalYearFrom" validate={fiscalYear} step={1} />
        <NumberInput source="fiscalYearTo" validate={fiscalYear} step={1} />
      </Box>
      <Typography variant="body2" color="text.secondary">
        {translate('tracker.help.fiscal_year')}
      </Typography>
    </SimpleForm>
  );
};
