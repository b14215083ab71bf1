import TriageIcon from '@mui/icons-material/FactCheck';
import CloseIcon from '@mui/icons-material/TaskAlt';
import DismissIcon from '@mui/icons-material/DoNotDisturb';
import DuplicateIcon from '@mui/icons-material/FileCopy';
import SearchIcon from '@mui/icons-material/ManageSearch';
import { SEVERITIES } from '@tracker/contracts';
import {
  AutocompleteInput,
  CreateButton,
  ReferenceInput,
  SelectInput,
  TextInput,
  maxLength,
  required,
  useCanAccess,
  useRecordContext,
} from 'react-admin';
import { choicesOf } from '../shared/choices';
import { MoveButton } from '../shared/move-button';
import { useRecordLabel } from '../shared/use-record-label';

const RESOURCE = 'incidents';
const TEXTS = 'tracker.move.incident';
const reason = [required(), maxLength(5000)];

export const TriageButton = () => (
  <MoveButton resource={RESOURCE} move="triage" texts={`${TEXTS}.triage`} icon={<TriageIcon />}>
    <SelectInput source="severity" choices={choicesOf('tracker.severity', SEVERITIES)} />
  </MoveButton>
);

export const CloseButton = () => (
  <MoveButton resource={RESOURCE} move="close" texts={`${TEXTS}.close`} icon={<CloseIcon />}>
    <TextInput source="resolution" validate={reason} multiline minRows={3} />
  </MoveButton>
);

export const DismissButton = () => (
  <MoveButton resource={RESOURCE} move="dismiss" texts={`${TEXTS}.dismiss`} icon={<DismissIcon />}>
    <TextInput source="reason" validate={reason} multiline minRows={2} />
  </MoveButton>
);

/** The API refuses the incident itself and other duplicates as the survivor. */
export const DuplicateButton = () => (
  <MoveButton
    resource={RESOURCE}
    move="duplicate"
    texts={`${TEXTS}.duplicate`}
    icon={<DuplicateIcon />}
  >
    <ReferenceInput
      source="duplicateOfId"
      reference="incidents"
      sort={{ field: 'reportedDate', order: 'DESC' }}
      filter={{ status: ['reported', 'triaged', 'under_investigation', 'closed'] }}
    >
      <AutocompleteInput
        validate={required()}
        optionText={useRecordLabel('title', 'reference')}
        filterToQuery={(q) => ({ q })}
        label="resources.incidents.fields.duplicateOfId"
      />
    </ReferenceInput>
  </MoveButton>
);

/** Opens an investigation on this incident (a reported or triaged one moves under investigation). */
export const OpenInvestigationButton = () => {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'investigations', action: 'create' });
  if (!record || !canAccess) return null;
  if (!['reported', 'triaged', 'under_investigation'].includes(record.status as string))
    return null;
  return (
    <CreateButton
      resource="investigations"
      label="tracker.check.open_investigation"
      icon={<SearchIcon />}
      state={{ record: { incidentIds: [record.id] } }}
    />
  );
};
