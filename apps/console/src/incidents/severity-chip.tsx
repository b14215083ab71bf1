import { Chip } from '@mui/material';
import type { Severity } from '@tracker/contracts';
import { useFieldValue, useTranslate } from 'react-admin';
import { SEVERITY_COLOURS } from '../shared/scale-colours';

/** An incident's severity (or a finding's risk level) as a chip coloured by how serious it is. */
export const SeverityChip = ({
  source,
}: {
  source: string;
  label?: string;
  sortable?: boolean;
}) => {
  const translate = useTranslate();
  const value = useFieldValue({ source }) as Severity | undefined;
  if (!value) return null;
  return (
    <Chip
      size="small"
      label={translate(`tracker.severity.${value}`)}
      sx={{ bgcolor: SEVERITY_COLOURS[value], color: value === 'low' ? '#000' : '#fff' }}
      data-severity={value}
    />
  );
};
