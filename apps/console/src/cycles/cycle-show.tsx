import { Box, Button, Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  Labeled,
  ReferenceArrayField,
  ReferenceField,
  Show,
  SingleFieldList,
  TabbedShowLayout,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { GuidanceLabel } from '../guidance/guidance-label';
import { PlanVersionLabel } from '../plan-versions/plan-version-label';
import { DateOnlyField } from '../shared/date-fields';
import { listLink } from '../shared/list-link';
import { formatFiscalYear } from '../time/fiscal-year';
import { FiscalYearField, type CycleSummary } from './cycle-fields';

const Figure = ({ label, value, to, open }: FigureProps) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {translate(label)}
        </Typography>
        <Typography variant="h4" component="p">
          {value}
        </Typography>
        <Button component={Link} to={to} size="small" sx={{ px: 0 }}>
          {translate(open)}
        </Button>
      </CardContent>
    </Card>
  );
};

interface FigureProps {
  label: string;
  value: ReactNode;
  to: string;
  /** The link's text: which records of the year it lists. */
  open: string;
}

/** The year's figures, each opening the list of its records for the year. */
const Summary = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const s = record.summary as CycleSummary;
  const year = { from: record.startsOn as string, to: record.endsOn as string };
  const figures: FigureProps[] = [
    {
      label: 'tracker.act.figures.incidents',
      open: 'tracker.act.open_records.incidents',
      value: s.incidents.reported,
      to: listLink('incidents', { reportedFrom: year.from, reportedTo: year.to }),
    },
    {
      label: 'tracker.act.figures.investigations',
      open: 'tracker.act.open_records.investigations',
      value: s.investigations.opened,
      to: listLink('investigations', { createdFrom: year.from, createdTo: year.to }),
    },
    {
      label: 'tracker.act.figures.guidance_issued',
      open: 'tracker.act.open_records.guidance',
      value: `${s.guidance.issued}（${s.guidance.public}）`,
      to: listLink('guidance', { issueDateFrom: year.from, issueDateTo: year.to }),
    },
    {
      label: 'tracker.act.figures.amendments',
      open: 'tracker.act.open_records.amendments',
      value: s.amendments.proposed,
      to: listLink('amendments', { createdFrom: year.from, createdTo: year.to }),
    },
    {
      label: 'tracker.act.figures.measures',
      open: 'tracker.act.open_records.measures',
      value: `${s.measures.active}（${s.measures.late}）`,
      to: listLink('measures', { dueFrom: year.from, startTo: year.to }),
    },
  ];
  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
        <Labeled source="fiscalYear">
          <FiscalYearField />
        </Labeled>
        <Labeled source="startsOn">
          <DateOnlyField source="startsOn" />
        </Labeled>
        <Labeled source="endsOn">
          <DateOnlyField source="endsOn" />
        </Labeled>
        <Labeled source="planVersionId">
          <ReferenceField source="planVersionId" reference="plan-versions" link="show">
            <PlanVersionLabel />
          </ReferenceField>
        </Labeled>
      </Box>
      <Grid container spacing={2}>
        {figures.map((f) => (
          <Grid key={f.label} size={{ xs: 12, sm: 6, md: 4 }}>
            <Figure {...f} />
          </Grid>
        ))}
      </Grid>
      <Typography variant="body2" color="text.secondary">
        （）: {translate('tracker.act.figures.guidance_public')} /{' '}
        {translate('tracker.act.figures.measures_late')}
      </Typography>
    </Stack>
  );
};

/** The guidance and amendments of the year, by name. */
const Records = () => (
  <Stack spacing={2}>
    <Labeled source="guidanceIds">
      <ReferenceArrayField source="guidanceIds" reference="guidance">
        <SingleFieldList linkType="show">
          <GuidanceLabel />
        </SingleFieldList>
      </ReferenceArrayField>
    </Labeled>
    <Labeled source="amendmentIds">
      <ReferenceArrayField source="amendmentIds" reference="amendments">
        <SingleFieldList linkType="show" />
      </ReferenceArrayField>
    </Labeled>
  </Stack>
);

const CycleTitle = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <span>
      {translate('tracker.act.cycle_label', {
        year: formatFiscalYear(record.fiscalYear as number, locale),
      })}
    </span>
  );
};

export const CycleShow = () => (
  <Show title={<CycleTitle />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="tracker.act.tabs.summary">
        <Summary />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tracker.act.tabs.records" path="records">
        <Records />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
