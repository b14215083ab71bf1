import { Chip, Tooltip } from '@mui/material';
import type { LateReason } from '@tracker/contracts';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { describeLateReasons } from './measure-progress';

/** "Late" with its reasons (overdue milestone, missing report) as the tooltip; nothing if not. */
export const LateMark = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record?.late) return null;
  const reasons = describeLateReasons(record.lateReasons as LateReason[], translate, locale);
  return (
    <Tooltip title={reasons.join(' / ')}>
      <Chip size="small" color="error" label={translate('tracker.do.late')} data-late="true" />
    </Tooltip>
  );
};
