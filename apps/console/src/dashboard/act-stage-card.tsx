import { Box, Button, Chip, Skeleton, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { GUIDANCE_STATUSES } from '@tracker/contracts';
import { useDataProvider, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { TrackerDataProvider } from '../core/data-provider';
import { listLink } from '../shared/list-link';
import { fiscalYearOf, fiscalYearRange } from '../time/fiscal-year';
import { japanToday } from '../time/japan-time';
import { StageCard } from './stage-card';

/** The Act panel of `GET /dashboard` (null for readers of neither guidance nor amendments). */
interface ActPanel {
  guidanceByStatus: { key: string; n: number }[];
  issuedThisFiscalYear: number;
  followUpDue: number;
  amendmentsByStatus: { key: string; n: number }[];
  amendmentsPending: number;
}

const Figure = ({ text, count, to }: { text: string; count: number; to: string }) => {
  const translate = useTranslate();
  return (
    <Typography>
      <Link to={to} style={{ color: 'inherit' }}>
        {translate(text, { count })}
      </Link>
    </Typography>
  );
};

/** Act: guidance by status, issued this fiscal year, follow-ups due, amendments pending. */
export const ActStageCard = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<TrackerDataProvider>();
  const { data, isPending } = useQuery({
    queryKey: ['dashboard'],
    queryFn: () => dataProvider.get<{ act: ActPanel | null }>('/dashboard'),
  });
  const act = data?.data.act;
  const year = fiscalYearRange(fiscalYearOf(japanToday()));
  const count = (key: string) => act?.guidanceByStatus.find((c) => c.key === key)?.n ?? 0;
  return (
    <StageCard stage="act">
      {isPending ? (
        <Skeleton variant="rectangular" height={96} />
      ) : act ? (
        <Stack spacing={2} data-testid="act-card">
          <div>
            <Typography variant="overline" component="h3">
              {translate('tracker.act_dashboard.guidance_by_status')}
            </Typography>
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
              {GUIDANCE_STATUSES.filter((s) => count(s) > 0).map((status) => (
                <Chip
                  key={status}
                  component={Link}
                  to={listLink('guidance', { status })}
                  clickable
                  size="small"
                  variant="outlined"
                  label={`${translate(`tracker.status.guidance.${status}`)} ${count(status)}`}
                />
              ))}
            </Box>
          </div>
          <Stack spacing={0.5}>
            <Figure
              text="tracker.act_dashboard.issued_this_year"
              count={act.issuedThisFiscalYear}
              to={listLink('guidance', { issueDateFrom: year.start, issueDateTo: year.end })}
            />
            <Figure
              text="tracker.act_dashboard.follow_ups_due"
              count={act.followUpDue}
              to={listLink('guidance', { followUpDue: true })}
            />
            <Figure
              text="tracker.act_dashboard.amendments_pending"
              count={act.amendmentsPending}
              to={listLink('amendments', { status: ['proposed', 'in_review'] })}
            />
          </Stack>
          <Stack direction="row" spacing={1}>
            <Button component={Link} to="/guidance" size="small" sx={{ px: 0 }}>
              {translate('tracker.act_dashboard.open_guidance')}
            </Button>
            <Button component={Link} to="/amendments" size="small">
              {translate('tracker.act_dashboard.open_amendments')}
            </Button>
          </Stack>
        </Stack>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('tracker.upcoming.act')}
        </Typography>
      )}
    </StageCard>
  );
};
