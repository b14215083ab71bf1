import { Create } from 'react-admin';
import { dropEmpty, GuidanceForm } from './guidance-form';

/** A new guidance: version 1 under a new reference number, as a draft. */
export const GuidanceCreate = () => (
  <Create redirect="show" transform={dropEmpty}>
    <GuidanceForm />
  </Create>
);
