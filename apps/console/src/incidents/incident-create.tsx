import { Create } from 'react-admin';
import { japanToday } from '../time/japan-time';
import { IncidentForm } from './incident-form';

/** Fast intake: today's date filled in; the incident gets its permanent reference on save. */
export const IncidentCreate = () => (
  <Create
    redirect="show"
    record={{
      reportedDate: japanToday(),
      confidentiality: 'internal',
      advancedAi: false,
      openWeight: false,
    }}
  >
    <IncidentForm />
  </Create>
);
