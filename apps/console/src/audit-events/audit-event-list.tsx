import { Typography } from '@mui/material';
import { DataTable, List, useRecordContext, useTranslate } from 'react-admin';
import { ChangesTable } from '../shared/changes-table';
import { describeAction } from '../shared/audit-action';
import { InstantField } from '../shared/date-fields';
import { EnumField } from '../shared/enum-field';
import { auditEventFilters } from './audit-event-filters';
import { VerificationBanner } from './verification-banner';

const ActionField = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  return record ? (
    <span title={record.action}>{describeAction(record.action, translate)}</span>
  ) : null;
};

const EventChanges = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <ChangesTable before={record.before} after={record.after} entityType={record.entityType} />
  );
};

/** Every audit event, newest first, with the chain's verification above it. */
export const AuditEventList = () => {
  const translate = useTranslate();
  return (
    <>
      <VerificationBanner />
      <List filters={auditEventFilters} sort={{ field: 'id', order: 'DESC' }} perPage={25}>
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 1 }}>
          {translate('tracker.help.audit_filters')}
        </Typography>
        <DataTable rowClick="expand" expand={<EventChanges />} bulkActionButtons={false}>
          <DataTable.Col source="id" />
          <DataTable.Col source="occurredAt">
            <InstantField source="occurredAt" />
          </DataTable.Col>
          <DataTable.Col source="actorLabel" disableSort />
          <DataTable.Col source="action" disableSort>
            <ActionField />
          </DataTable.Col>
          <DataTable.Col source="entityType" disableSort>
            <EnumField source="entityType" prefix="tracker.entity" />
          </DataTable.Col>
          <DataTable.Col source="entityId" disableSort />
        </DataTable>
      </List>
    </>
  );
};
