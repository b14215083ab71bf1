import VerifiedIcon from '@mui/icons-material/VerifiedUser';
import BrokenIcon from '@mui/icons-material/GppBad';
import { Alert, AlertTitle, Button, CircularProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { TrackerDataProvider } from '../core/data-provider';
import { formatInstant } from '../time/japan-time';

/**
 * The answer to "was the history edited?", first thing on the audit log: the API walks the
 * hash chain and says intact (N events) or where it breaks.
 */
export const VerificationBanner = () => {
  const dataProvider = useDataProvider<TrackerDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isFetching, error, refetch } = useQuery({
    queryKey: ['audit-events', 'verify'],
    queryFn: () => dataProvider.verifyAuditChain(),
  });
  const again = (
    <Button color="inherit" size="small" onClick={() => void refetch()} disabled={isFetching}>
      {translate('tracker.audit.verify_again')}
    </Button>
  );
  if (!data && isFetching) {
    return (
      <Alert severity="info" icon={<CircularProgress size={20} />} sx={{ mt: 2 }} role="status">
        {translate('tracker.audit.checking')}
      </Alert>
    );
  }
  if (error || !data) {
    return (
      <Alert severity="error" sx={{ mt: 2 }} action={again} role="alert">
        {translate('tracker.audit.unavailable')}
      </Alert>
    );
  }
  const result = data.data;
  return result.intact ? (
    <Alert
      severity="success"
      icon={<VerifiedIcon />}
      sx={{ mt: 2 }}
      action={again}
      role="status"
      data-verification="intact"
    >
      <AlertTitle>{translate('tracker.audit.intact')}</AlertTitle>
      {translate('tracker.audit.intact_detail', {
        verified: result.verifiedEvents,
        pending: result.pendingEvents,
      })}{' '}
      ({formatInstant(result.checkedAt, locale)})
      {result.headHash && (
        <Typography
          variant="caption"
          component="p"
          sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}
        >
          {translate('tracker.audit.head_hash')}: {result.headHash}
        </Typography>
      )}
    </Alert>
  ) : (
    <Alert
      severity="error"
      icon={<BrokenIcon />}
      sx={{ mt: 2 }}
      action={again}
      role="alert"
      data-verification="broken"
    >
      <AlertTitle>{translate('tracker.audit.broken')}</AlertTitle>
      {result.firstBrokenSequence != null
        ? translate('tracker.audit.broken_detail', {
            sequence: result.firstBrokenSequence,
            reason: result.reason ?? '',
          })
        : translate('tracker.audit.broken_seal', { reason: result.reason ?? '' })}
    </Alert>
  );
};
