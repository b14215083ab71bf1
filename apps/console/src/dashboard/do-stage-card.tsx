import { Button, Skeleton, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { RATING_COLOURS } from '../shared/scale-colours';
import { CountBars } from './count-bars';
import { useDashboard } from './dashboard-query';
import { doCheckLinks } from './do-check-links';
import { StageCard } from './stage-card';

/** Do: the current rating of active measures and how many are late, each opening its list. */
export const DoStageCard = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useDashboard();
  const panel = data?.data.do;
  return (
    <StageCard stage="do">
      {isPending ? (
        <Skeleton variant="rectangular" height={120} />
      ) : error || !panel ? (
        <Typography color="text.secondary">
          {translate('tracker.dashboard_dc.unavailable')}
        </Typography>
      ) : (
        <Stack spacing={2} data-testid="do-card">
          <Typography>
            {translate('tracker.dashboard_dc.measures_total', { count: panel.total })}
          </Typography>
          <CountBars
            title="tracker.dashboard_dc.by_rating"
            bars={panel.byRating.map(({ key, n }) => ({
              key,
              n,
              label: `tracker.rating.${key}`,
              colour: RATING_COLOURS[key as keyof typeof RATING_COLOURS] ?? '#616161',
              to: doCheckLinks.measuresRated(key),
            }))}
          />
          <div>
            <Typography variant="overline" component="h3">
              {translate('tracker.dashboard_dc.late_measures')}
            </Typography>
            <Typography variant="h4" component="p" color={panel.late ? 'error' : 'text.primary'}>
              {panel.late.toLocaleString('en-US')}
            </Typography>
            <Button component={Link} to={doCheckLinks.lateMeasures()} size="small" sx={{ px: 0 }}>
              {translate('tracker.dashboard_dc.open_late')}
            </Button>
          </div>
        </Stack>
      )}
    </StageCard>
  );
};
