import { Chip, Stack } from '@mui/material';
import { useFieldValue, useTranslate } from 'react-admin';

interface EnumFieldProps {
  source: string;
  /** Translation prefix: the label of value `v` is `${prefix}.${v}`. */
  prefix: string;
  label?: string;
  sortable?: boolean;
  /** Show values as chips (for lists of roles, for example). */
  chips?: boolean;
  /** Shown when there is no value (none of a list, too); nothing by default. */
  emptyText?: string;
}

/** A value (or values) of a contracts enumeration, in the user's language. */
export const EnumField = ({ source, prefix, chips, emptyText }: EnumFieldProps) => {
  const translate = useTranslate();
  const value = useFieldValue({ source }) as string | string[] | null | undefined;
  if (value == null || value === '' || (Array.isArray(value) && !value.length)) {
    return emptyText ? <span>{emptyText}</span> : null;
  }
  const values = Array.isArray(value) ? value : [value];
  const label = (v: string) => translate(`${prefix}.${v}`, { _: v });
  if (!chips) return <span>{values.map(label).join('、')}</span>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {values.map((v) => (
        <Chip key={v} label={label(v)} size="small" variant="outlined" />
      ))}
    </Stack>
  );
};
