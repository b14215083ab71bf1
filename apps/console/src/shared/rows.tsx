import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { Labeled, TextField, useRecordContext } from 'react-admin';
import { InstantField } from './date-fields';

/** Read-only fields side by side on a show page, wrapping on narrow screens. */
export const FieldRow = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>{children}</Box>
);

/** Inputs side by side in a form, taking the form's width. */
export const FormRow = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>{children}</Box>
);

/**
 * A text with its label inside a Box or a FieldRow, "—" when the record has none; `multiline`
 * keeps the line breaks of a long text. (Directly in a show tab, a plain TextField: the tab labels
 * it.)
 */
export const LabeledText = ({ source, multiline }: { source: string; multiline?: boolean }) => (
  <Labeled source={source}>
    <TextField
      source={source}
      emptyText="—"
      sx={multiline ? { whiteSpace: 'pre-wrap' } : undefined}
    />
  </Labeled>
);

/** A text with its label, shown only when the record has it (a reason, a resolution). */
export const OptionalText = ({ source }: { source: string }) => {
  const record = useRecordContext();
  if (!record?.[source]) return null;
  return (
    <Labeled source={source}>
      <TextField source={source} />
    </Labeled>
  );
};

/** When the record was created and last changed. */
export const RecordTimes = () => (
  <FieldRow>
    <Labeled source="createdAt">
      <InstantField source="createdAt" />
    </Labeled>
    <Labeled source="updatedAt">
      <InstantField source="updatedAt" />
    </Labeled>
  </FieldRow>
);
