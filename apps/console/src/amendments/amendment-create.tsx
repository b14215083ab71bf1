import { Create } from 'react-admin';
import { dropEmpty } from '../guidance/guidance-form';
import { AmendmentForm } from './amendment-form';

export const AmendmentCreate = () => (
  <Create redirect="show" transform={dropEmpty}>
    <AmendmentForm />
  </Create>
);
