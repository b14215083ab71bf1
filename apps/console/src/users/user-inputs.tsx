import { CLEARANCES, MINISTRY_CODES, ROLES } from '@tracker/contracts';
import {
  CheckboxGroupInput,
  SelectInput,
  TextInput,
  maxLength,
  minLength,
  required,
} from 'react-admin';
import { choicesOf } from '../shared/choices';

/** The fields an administrator sets on an account (create and edit). */
export const UserInputs = () => (
  <>
    <TextInput source="displayName" validate={[required(), maxLength(200)]} />
    <SelectInput
      source="ministry"
      choices={choicesOf('tracker.ministry', MINISTRY_CODES)}
      validate={required()}
    />
    <CheckboxGroupInput
      source="roles"
      choices={choicesOf('tracker.role', ROLES)}
      validate={[required(), minLength(1)]}
    />
    <SelectInput
      source="clearance"
      choices={choicesOf('tracker.clearance', CLEARANCES)}
      validate={required()}
      helperText="tracker.help.clearance"
    />
  </>
);

export const passwordRules = [required(), minLength(12), maxLength(200)];
