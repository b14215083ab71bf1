import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** Active or disabled (an account is disabled while disabledAt is set). */
export const UserStateField = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const state = record.disabledAt ? 'disabled' : 'active';
  return (
    <Chip
      size="small"
      label={translate(`tracker.status.user.${state}`)}
      color={state === 'active' ? 'success' : 'error'}
      variant="outlined"
      data-state={state}
    />
  );
};
