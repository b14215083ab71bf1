import { Box, Button, Skeleton, Stack, Typography } from '@mui/material';
import { useGetList, useLocaleState, useTranslate, type RaRecord } from 'react-admin';
import { Link } from 'react-router-dom';
import { localized } from '../shared/localized-text-field';
import { formatDateOnly } from '../time/japan-time';
import { formatFiscalPeriod } from '../time/fiscal-year';
import { StageCard } from './stage-card';

const one = { page: 1, perPage: 1 };
const byNumber = { field: 'number', order: 'DESC' } as const;

/** Plan: the version in force and the amendment under way, from the API. */
export const PlanStageCard = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const inForce = useGetList('plan-versions', {
    filter: { status: 'approved' },
    pagination: one,
    sort: byNumber,
  });
  const open = useGetList('plan-versions', {
    filter: { status: ['draft', 'proposed'] },
    pagination: one,
    sort: byNumber,
  });
  const current = inForce.data?.[0];
  const kpis = useGetList(
    'plan-kpis',
    {
      filter: { planVersionId: current?.id },
      pagination: one,
      sort: { field: 'code', order: 'ASC' },
    },
    { enabled: !!current },
  );
  const objectives = useGetList(
    'plan-objectives',
    {
      filter: { planVersionId: current?.id },
      pagination: one,
      sort: { field: 'position', order: 'ASC' },
    },
    { enabled: !!current },
  );
  const draft = open.data?.[0];

  const version = (record: RaRecord) => (
    <Box>
      <Typography variant="subtitle1" component="p" sx={{ fontWeight: 600 }}>
        {translate('tracker.plan.version_label', { number: record.number })}{' '}
        {localized(record, 'title', locale)}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(`tracker.status.plan_version.${record.status}`)}
        {record.cabinetDecisionDate
          ? ` ・ ${translate('resources.plan-versions.fields.cabinetDecisionDate')} ${formatDateOnly(record.cabinetDecisionDate, locale)}`
          : ''}
      </Typography>
    </Box>
  );

  return (
    <StageCard stage="plan">
      {inForce.isPending || open.isPending ? (
        <Skeleton variant="rectangular" height={96} />
      ) : (
        <Stack spacing={2}>
          <div>
            <Typography variant="overline" component="h3">
              {translate('tracker.dashboard.plan_in_force')}
            </Typography>
            {current ? (
              <>
                {version(current)}
                <Typography variant="body2">
                  {formatFiscalPeriod(current.fiscalYearFrom, current.fiscalYearTo, locale)}
                  {objectives.total != null && kpis.total != null
                    ? ` ・ ${translate('tracker.dashboard.objectives_kpis', {
                        objectives: objectives.total,
                        kpis: kpis.total,
                      })}`
                    : ''}
                </Typography>
                <Button
                  component={Link}
                  to={`/plan-versions/${current.id}/show`}
                  size="small"
                  sx={{ mt: 1, px: 0 }}
                >
                  {translate('tracker.dashboard.open_plan')}
                </Button>
              </>
            ) : (
              <Typography>{translate('tracker.dashboard.no_plan_in_force')}</Typography>
            )}
          </div>
          <div>
            <Typography variant="overline" component="h3">
              {translate('tracker.dashboard.open_amendment')}
            </Typography>
            {draft ? (
              <Link to={`/plan-versions/${draft.id}/show`} style={{ color: 'inherit' }}>
                {version(draft)}
              </Link>
            ) : (
              <Typography>{translate('tracker.dashboard.no_open_amendment')}</Typography>
            )}
          </div>
        </Stack>
      )}
    </StageCard>
  );
};
