import { Grid, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { CheckStageCard } from './check-stage-card';
import { DoStageCard } from './do-stage-card';
import { ActStageCard } from './act-stage-card';
import { PlanStageCard } from './plan-stage-card';

/**
 * The PDCA cycle at a glance: one card per stage. Do, Check and Act show what they will hold
 * until their APIs land; each then replaces its placeholder with a card like PlanStageCard.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  return (
    <>
      <Title title="tracker.menu.dashboard" />
      <Typography variant="h5" component="h1" sx={{ mt: 2, mb: 2 }}>
        {translate('tracker.dashboard.welcome')}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <PlanStageCard />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <DoStageCard />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <CheckStageCard />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <ActStageCard />
        </Grid>
      </Grid>
    </>
  );
};
