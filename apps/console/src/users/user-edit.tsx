import { Edit, Labeled, SaveButton, SimpleForm, TextField, Toolbar, TopToolbar } from 'react-admin';
import { InstantField } from '../shared/date-fields';
import { UserInputs } from './user-inputs';
import { DisableUserButton, EnableUserButton, ResetPasswordButton } from './user-moves';
import { UserStateField } from './user-state-field';

const Actions = () => (
  <TopToolbar>
    <ResetPasswordButton />
    <DisableUserButton />
    <EnableUserButton />
  </TopToolbar>
);

/** Accounts are never deleted (their history must stay readable): only saved or disabled. */
const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" actions={<Actions />} redirect="list">
    <SimpleForm toolbar={<SaveOnly />} sx={{ maxWidth: 640 }}>
      <Labeled source="email">
        <TextField source="email" />
      </Labeled>
      <Labeled label="resources.users.fields.state">
        <UserStateField />
      </Labeled>
      <UserInputs />
      <Labeled source="lastLoginAt">
        <InstantField source="lastLoginAt" />
      </Labeled>
    </SimpleForm>
  </Edit>
);
