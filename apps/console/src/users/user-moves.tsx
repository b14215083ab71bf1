import DisableIcon from '@mui/icons-material/Block';
import EnableIcon from '@mui/icons-material/CheckCircle';
import PasswordIcon from '@mui/icons-material/Password';
import { PasswordInput, TextInput, maxLength, required } from 'react-admin';
import { MoveButton } from '../shared/move-button';
import { passwordRules } from './user-inputs';

const TEXTS = 'tracker.move.user';

export const DisableUserButton = () => (
  <MoveButton
    resource="users"
    move="disable"
    texts={`${TEXTS}.disable`}
    icon={<DisableIcon />}
    available={(user) => !user.disabledAt}
  >
    <TextInput source="reason" validate={[required(), maxLength(500)]} />
  </MoveButton>
);

export const EnableUserButton = () => (
  <MoveButton
    resource="users"
    move="enable"
    texts={`${TEXTS}.enable`}
    icon={<EnableIcon />}
    available={(user) => !!user.disabledAt}
  />
);

export const ResetPasswordButton = () => (
  <MoveButton
    resource="users"
    move="reset-password"
    texts={`${TEXTS}.reset-password`}
    icon={<PasswordIcon />}
    available={() => true}
  >
    <PasswordInput
      source="password"
      validate={passwordRules}
      helperText="tracker.help.password_rules"
      autoComplete="new-password"
    />
  </MoveButton>
);
