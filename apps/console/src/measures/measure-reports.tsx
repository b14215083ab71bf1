import AddIcon from '@mui/icons-material/Add';
import { Box, Chip, Stack, Typography } from '@mui/material';
import type { LateReason } from '@tracker/contracts';
import {
  CreateButton,
  DataTable,
  ReferenceManyField,
  useGetList,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { InstantField } from '../shared/date-fields';
import { RatingChip } from '../shared/rating-chip';
import { RATING_COLOURS } from '../shared/scale-colours';
import { StatusChip } from '../shared/status-chip';
import { WhenStatus } from '../shared/when-status';
import { formatDateOnly, japanToday } from '../time/japan-time';
import { MinistryOnly } from './ministry-only';
import { ratingHistory, suggestedPeriod, type RatedReport } from './measure-progress';

/** The measure's rating period by period: one dated chip per current report, oldest first. */
const RatingHistory = () => {
  const measure = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = useGetList<RatedReport & { periodEnd: string }>('progress-reports', {
    filter: { measureId: measure?.id, current: true },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'period', order: 'ASC' },
  });
  const history = ratingHistory(data ?? []);
  return (
    <Box component="section" aria-labelledby="rating-history" sx={{ mb: 3 }}>
      <Typography variant="h6" component="h2" id="rating-history">
        {translate('tracker.do.rating_history')}
      </Typography>
      {history.length ? (
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ flexWrap: 'wrap', mt: 1 }}
          component="ol"
        >
          {history.map((report) => (
            <Box component="li" key={report.id} sx={{ listStyle: 'none', textAlign: 'center' }}>
              <Typography variant="caption" component="div">
                {report.period}
              </Typography>
              <Chip
                size="small"
                label={translate(`tracker.rating.${report.rating}`)}
                sx={{ bgcolor: RATING_COLOURS[report.rating], color: '#fff' }}
                data-rating={report.rating}
              />
              <Typography variant="caption" component="div" color="text.secondary">
                {formatDateOnly(report.createdAt.slice(0, 10), locale)}
              </Typography>
            </Box>
          ))}
        </Stack>
      ) : (
        <Typography>{translate('tracker.do.no_reports')}</Typography>
      )}
    </Box>
  );
};

/** Progress reports of the measure, corrections included, and the button for a new one. */
export const MeasureReports = () => {
  const measure = useRecordContext();
  if (!measure) return null;
  const period = suggestedPeriod(measure.lateReasons as LateReason[], japanToday());
  return (
    <>
      <RatingHistory />
      <ReferenceManyField
        reference="progress-reports"
        target="measureId"
        sort={{ field: 'period', order: 'DESC' }}
        perPage={50}
      >
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="period" />
          <DataTable.Col source="rating">
            <RatingChip source="rating" />
          </DataTable.Col>
          <DataTable.Col source="accountablePerson" disableSort />
          <DataTable.Col source="status" disableSort>
            <StatusChip source="status" prefix="tracker.status.progress_report" />
          </DataTable.Col>
          <DataTable.Col source="createdAt">
            <InstantField source="createdAt" />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <MinistryOnly>
        <WhenStatus statuses={['in_progress', 'suspended', 'completed']}>
          <CreateButton
            resource="progress-reports"
            label="tracker.do.new_report"
            icon={<AddIcon />}
            state={{ record: { measureId: measure.id, period } }}
          />
        </WhenStatus>
      </MinistryOnly>
    </>
  );
};
