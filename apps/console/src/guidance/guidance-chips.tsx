import LockIcon from '@mui/icons-material/Lock';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { Chip, Stack } from '@mui/material';
import { GUIDANCE_ISSUED_STATUSES, type GuidanceStatus } from '@tracker/contracts';
import { useRecordContext, useTranslate } from 'react-admin';
import { StatusChip } from '../shared/status-chip';

/** Issued, withdrawn and superseded texts are frozen: the API refuses any change to them. */
export const isLocked = (record: Record<string, unknown> | undefined) =>
  GUIDANCE_ISSUED_STATUSES.includes(record?.status as GuidanceStatus);

/** A lock on a frozen text. */
export const LockChip = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!isLocked(record)) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={<LockIcon />}
      label={translate('tracker.act.locked')}
      data-locked="true"
    />
  );
};

/** The follow-up date has come and no result is recorded (the API's `followUpDue`). */
export const FollowUpDueChip = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.followUpDue) return null;
  return (
    <Chip
      size="small"
      color="warning"
      icon={<ScheduleIcon />}
      label={translate('tracker.act.follow_up_due')}
    />
  );
};

/** Status, lock and follow-up at a glance (lists and the show page's header). */
export const GuidanceStatusChips = (_props: { label?: string; source?: string }) => (
  <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
    <StatusChip source="status" prefix="tracker.status.guidance" />
    <LockChip />
    <FollowUpDueChip />
  </Stack>
);
