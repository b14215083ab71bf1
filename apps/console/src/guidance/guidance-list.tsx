import { CreateButton, DataTable, ExportButton, List, TopToolbar } from 'react-admin';
import { DateOnlyField } from '../shared/date-fields';
import { EnumField } from '../shared/enum-field';
import { LocalizedTextField } from '../shared/localized-text-field';
import { GuidanceExportButtons } from './guidance-export';
import { GuidanceStatusChips } from './guidance-chips';
import { guidanceFilters } from './guidance-filters';

const ListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButton />
    <GuidanceExportButtons />
  </TopToolbar>
);

/** Every version of every guidance, newest first; filters find what waits for follow-up. */
export const GuidanceList = () => (
  <List
    filters={guidanceFilters}
    sort={{ field: 'createdAt', order: 'DESC' }}
    actions={<ListActions />}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="referenceNumber" />
      <DataTable.Col source="versionNumber" />
      <DataTable.Col source="titleJa" label="resources.guidance.fields.title" disableSort>
        <LocalizedTextField source="title" />
      </DataTable.Col>
      <DataTable.Col source="kind">
        <EnumField source="kind" prefix="tracker.guidance_kind" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <GuidanceStatusChips />
      </DataTable.Col>
      <DataTable.Col source="issuingAuthority" disableSort>
        <EnumField source="issuingAuthority" prefix="tracker.ministry" />
      </DataTable.Col>
      <DataTable.Col source="issueDate">
        <DateOnlyField source="issueDate" />
      </DataTable.Col>
      <DataTable.Col source="followUpDate">
        <DateOnlyField source="followUpDate" />
      </DataTable.Col>
    </DataTable>
  </List>
);
