import { Edit } from 'react-admin';
import { GuidanceForm } from './guidance-form';
import { GuidanceLabel } from './guidance-label';

/** Only drafts are edited (the edit button follows the version's status; the API insists). */
export const GuidanceEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" title={<GuidanceLabel />}>
    <GuidanceForm />
  </Edit>
);
