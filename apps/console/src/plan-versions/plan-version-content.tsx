import AddIcon from '@mui/icons-material/Add';
import { Box, Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  EditButton,
  ReferenceManyField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateOnlyField } from '../shared/date-fields';
import { EnumField } from '../shared/enum-field';
import { LocalizedTextField } from '../shared/localized-text-field';

/** The KPIs of one objective (the expanded row of an objective). */
const ObjectiveKpis = ({ editable }: { editable: boolean }) => {
  const translate = useTranslate();
  const objective = useRecordContext();
  return (
    <Box sx={{ pl: 2 }}>
      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {translate('tracker.plan.kpis_of')}
      </Typography>
      <ReferenceManyField
        reference="plan-kpis"
        target="objectiveId"
        sort={{ field: 'code', order: 'ASC' }}
      >
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="code" />
          <DataTable.Col source="indicatorJa" label="resources.plan-kpis.fields.indicator">
            <LocalizedTextField source="indicator" />
          </DataTable.Col>
          <DataTable.NumberCol source="baseline" />
          <DataTable.NumberCol source="target" />
          <DataTable.Col source="unit" />
          <DataTable.Col source="targetDate">
            <DateOnlyField source="targetDate" />
          </DataTable.Col>
          {editable && (
            <DataTable.Col label={false}>
              <EditButton resource="plan-kpis" />
            </DataTable.Col>
          )}
        </DataTable>
      </ReferenceManyField>
      {editable && objective && (
        <CreateButton
          resource="plan-kpis"
          state={{ record: { objectiveId: objective.id } }}
          icon={<AddIcon />}
        />
      )}
    </Box>
  );
};

/** Objectives under the Act's basic principles, each expandable to its KPIs. */
export const PlanVersionContent = () => {
  const version = useRecordContext();
  const translate = useTranslate();
  const editable = version?.status === 'draft';
  return (
    <>
      <ReferenceManyField
        reference="plan-objectives"
        target="planVersionId"
        sort={{ field: 'position', order: 'ASC' }}
        perPage={100}
        empty={<Typography>{translate('tracker.plan.no_objectives')}</Typography>}
      >
        <DataTable
          bulkActionButtons={false}
          expand={<ObjectiveKpis editable={editable} />}
          rowClick="expand"
        >
          <DataTable.Col source="code" />
          <DataTable.Col source="principle">
            <EnumField source="principle" prefix="tracker.principle" />
          </DataTable.Col>
          <DataTable.Col source="titleJa" label="resources.plan-objectives.fields.title">
            <LocalizedTextField source="title" />
          </DataTable.Col>
          {editable && (
            <DataTable.Col label={false}>
              <EditButton resource="plan-objectives" />
            </DataTable.Col>
          )}
        </DataTable>
      </ReferenceManyField>
      {editable && version && (
        <CreateButton
          resource="plan-objectives"
          state={{ record: { planVersionId: version.id } }}
          icon={<AddIcon />}
        />
      )}
    </>
  );
};
