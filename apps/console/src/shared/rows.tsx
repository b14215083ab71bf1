import { Box } from '@mui/material';
import type { ReactNode } from 'react';

/** Read-only fields side by side on a show page, wrapping on narrow screens. */
export const FieldRow = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>{children}</Box>
);

/** Inputs side by side in a form, taking the form's width. */
export const FormRow = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>{children}</Box>
);
