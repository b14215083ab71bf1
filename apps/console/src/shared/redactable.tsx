import LockIcon from '@mui/icons-material/Lock';
import { Chip, Tooltip } from '@mui/material';
import type { ReactNode } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { isRedacted } from './redaction';

/** The mark of a value withheld from the reader. */
export const RedactedMark = () => {
  const translate = useTranslate();
  return (
    <Tooltip title={translate('tracker.redaction.help')}>
      <Chip
        size="small"
        icon={<LockIcon />}
        label={translate('tracker.redaction.redacted')}
        variant="outlined"
        data-redacted="true"
      />
    </Tooltip>
  );
};

interface RedactableProps {
  source: string;
  label?: string;
  children: ReactNode;
}

/** Shows its field, or the redaction mark when the API withheld it from this reader. */
export const Redactable = ({ source, children }: RedactableProps) => {
  const record = useRecordContext();
  return isRedacted(record, source) ? <RedactedMark /> : <>{children}</>;
};
