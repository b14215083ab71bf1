import { Edit } from 'react-admin';
import { AmendmentForm } from './amendment-form';

/** A proposal is edited until it is submitted (the edit button follows its status). */
export const AmendmentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <AmendmentForm />
  </Edit>
);
