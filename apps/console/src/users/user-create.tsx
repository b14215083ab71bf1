import {
  Create,
  PasswordInput,
  SimpleForm,
  TextInput,
  email,
  maxLength,
  required,
} from 'react-admin';
import { passwordRules, UserInputs } from './user-inputs';

export const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ clearance: 'internal', roles: [] }} sx={{ maxWidth: 640 }}>
      <TextInput source="email" type="email" validate={[required(), email(), maxLength(254)]} />
      <UserInputs />
      <PasswordInput
        source="password"
        validate={passwordRules}
        helperText="tracker.help.password_rules"
        autoComplete="new-password"
      />
    </SimpleForm>
  </Create>
);
