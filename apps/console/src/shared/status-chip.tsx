import { Chip, type ChipProps } from '@mui/material';
import { useFieldValue, useTranslate } from 'react-admin';

const COLOURS: Record<string, ChipProps['color']> = {
  draft: 'default',
  proposed: 'warning',
  approved: 'success',
  superseded: 'default',
  active: 'success',
  disabled: 'error',
  in_review: 'warning',
  issued: 'success',
  withdrawn: 'error',
  rejected: 'error',
};

interface StatusChipProps {
  source: string;
  /** Translation prefix of the statuses, e.g. tracker.status.plan_version. */
  prefix: string;
  label?: string;
  sortable?: boolean;
}

/** A record's life-cycle status as a coloured chip, in the user's language. */
export const StatusChip = ({ source, prefix }: StatusChipProps) => {
  const translate = useTranslate();
  const status = useFieldValue({ source }) as string | undefined;
  if (!status) return null;
  return (
    <Chip
      size="small"
      label={translate(`${prefix}.${status}`, { _: status })}
      color={COLOURS[status] ?? 'default'}
      variant={status === 'superseded' ? 'outlined' : 'filled'}
      data-status={status}
    />
  );
};
