import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** Open and past its due date (the API derives `overdue` in Japan time). */
export const OverdueMark = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.overdue) return null;
  return <Chip size="small" color="error" label={translate('tracker.check.overdue')} />;
};
