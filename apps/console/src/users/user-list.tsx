import { DataTable, List } from 'react-admin';
import { InstantField } from '../shared/date-fields';
import { EnumField } from '../shared/enum-field';
import { userFilters } from './user-filters';
import { UserStateField } from './user-state-field';

export const UserList = () => (
  <List filters={userFilters} sort={{ field: 'email', order: 'ASC' }}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="email" />
      <DataTable.Col source="displayName" />
      <DataTable.Col source="ministry">
        <EnumField source="ministry" prefix="tracker.ministry" />
      </DataTable.Col>
      <DataTable.Col source="roles" disableSort>
        <EnumField source="roles" prefix="tracker.role" chips />
      </DataTable.Col>
      <DataTable.Col source="clearance" disableSort>
        <EnumField source="clearance" prefix="tracker.clearance" />
      </DataTable.Col>
      <DataTable.Col label="resources.users.fields.state" disableSort>
        <UserStateField />
      </DataTable.Col>
      <DataTable.Col source="lastLoginAt">
        <InstantField source="lastLoginAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
