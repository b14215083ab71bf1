import { Chip, Typography } from '@mui/material';
import { DataTable, ReferenceManyField, useRecordContext, useTranslate } from 'react-admin';
import { DateOnlyField } from '../shared/date-fields';
import { LocalizedTextField } from '../shared/localized-text-field';
import { japanToday } from '../time/japan-time';

/** Done, or overdue when its date passed undone (what makes the measure late). */
const MilestoneState = (_props: { label?: string; source?: string }) => {
  const milestone = useRecordContext();
  const translate = useTranslate();
  if (!milestone) return null;
  if (milestone.doneOn)
    return <Chip size="small" color="success" label={translate('tracker.do.done')} />;
  if ((milestone.dueDate as string) < japanToday()) {
    return <Chip size="small" color="error" label={translate('tracker.do.overdue')} />;
  }
  return null;
};

/** The measure's dated milestones and its own KPIs. */
export const MeasureContent = () => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ mt: 1 }}>
        {translate('tracker.do.milestones')}
      </Typography>
      <ReferenceManyField
        reference="measure-milestones"
        target="measureId"
        sort={{ field: 'dueDate', order: 'ASC' }}
        perPage={100}
        empty={<Typography>{translate('tracker.do.no_milestones')}</Typography>}
      >
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col
            source="titleJa"
            label="resources.measure-milestones.fields.title"
            disableSort
          >
            <LocalizedTextField source="title" />
          </DataTable.Col>
          <DataTable.Col source="dueDate">
            <DateOnlyField source="dueDate" />
          </DataTable.Col>
          <DataTable.Col source="doneOn">
            <DateOnlyField source="doneOn" />
          </DataTable.Col>
          <DataTable.Col label={false}>
            <MilestoneState />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <Typography variant="h6" component="h2" sx={{ mt: 3 }}>
        {translate('tracker.do.kpis')}
      </Typography>
      <ReferenceManyField
        reference="measure-kpis"
        sort={{ field: 'createdAt', order: 'ASC' }}
        target="measureId"
        perPage={100}
        empty={<Typography>{translate('tracker.do.no_kpis')}</Typography>}
      >
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col
            source="indicatorJa"
            label="resources.measure-kpis.fields.indicator"
            disableSort
          >
            <LocalizedTextField source="indicator" />
          </DataTable.Col>
          <DataTable.NumberCol source="baseline" disableSort />
          <DataTable.NumberCol source="target" disableSort />
          <DataTable.Col source="unit" disableSort />
          <DataTable.Col source="targetDate">
            <DateOnlyField source="targetDate" />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </>
  );
};
