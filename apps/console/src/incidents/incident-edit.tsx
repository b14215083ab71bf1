import { Edit } from 'react-admin';
import { ReferenceLabel } from '../shared/localized-reference';
import { IncidentForm } from './incident-form';

/** Open incidents only (closed, dismissed and duplicate ones are read-only). */
export const IncidentEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    title={<ReferenceLabel code="reference" text="title" />}
  >
    <IncidentForm />
  </Edit>
);
