import { Skeleton, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { SEVERITY_COLOURS } from '../shared/scale-colours';
import { japanToday } from '../time/japan-time';
import { CountBars } from './count-bars';
import { useDashboard } from './dashboard-query';
import { doCheckLinks } from './do-check-links';
import { StageCard, STAGE_COLOURS } from './stage-card';

const STATUS_COLOUR = '#5c6f82';

/**
 * Check: open incidents by severity, incidents by status and open investigations by age (for
 * readers of investigations), each bar opening the filtered list.
 */
export const CheckStageCard = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useDashboard();
  const panel = data?.data.check;
  const today = japanToday();
  return (
    <StageCard stage="check">
      {isPending ? (
        <Skeleton variant="rectangular" height={120} />
      ) : error || !panel ? (
        <Typography color="text.secondary">
          {translate('tracker.dashboard_dc.unavailable')}
        </Typography>
      ) : (
        <Stack spacing={2} data-testid="check-card">
          <Typography>
            {translate('tracker.dashboard_dc.incidents_total', {
              count: panel.incidents.toLocaleString('en-US'),
            })}
          </Typography>
          <CountBars
            title="tracker.dashboard_dc.open_by_severity"
            bars={panel.openIncidentsBySeverity.map(({ key, n }) => ({
              key,
              n,
              label: `tracker.severity.${key}`,
              colour: SEVERITY_COLOURS[key as keyof typeof SEVERITY_COLOURS] ?? STATUS_COLOUR,
              to: doCheckLinks.openIncidents(key),
            }))}
          />
          <CountBars
            title="tracker.dashboard_dc.by_status"
            bars={panel.incidentsByStatus.map(({ key, n }) => ({
              key,
              n,
              label: `tracker.status.incident.${key}`,
              colour: STATUS_COLOUR,
              to: doCheckLinks.incidentsIn(key),
            }))}
          />
          {panel.openInvestigationsByAge && (
            <CountBars
              title="tracker.dashboard_dc.investigations_by_age"
              bars={panel.openInvestigationsByAge.map(({ key, n }) => ({
                key,
                n,
                label: `tracker.dashboard_dc.age.${key}`,
                colour: STAGE_COLOURS.check,
                to: doCheckLinks.openInvestigations(key, today),
              }))}
            />
          )}
        </Stack>
      )}
    </StageCard>
  );
};
