import StartIcon from '@mui/icons-material/PlayArrow';
import CompleteIcon from '@mui/icons-material/TaskAlt';
import SuspendIcon from '@mui/icons-material/Pause';
import ResumeIcon from '@mui/icons-material/Replay';
import CancelIcon from '@mui/icons-material/Block';
import { DateInput, TextInput, maxLength, required } from 'react-admin';
import { MoveButton } from '../shared/move-button';
import { notFuture } from '../shared/validators';

const RESOURCE = 'measures';
const TEXTS = 'tracker.move.measure';
const reason = [required(), maxLength(2000)];

export const MeasureMoves = () => (
  <>
    <MoveButton resource={RESOURCE} move="start" texts={`${TEXTS}.start`} icon={<StartIcon />} />
    <MoveButton
      resource={RESOURCE}
      move="complete"
      texts={`${TEXTS}.complete`}
      icon={<CompleteIcon />}
    >
      <DateInput source="completedOn" validate={notFuture} />
    </MoveButton>
    <MoveButton
      resource={RESOURCE}
      move="suspend"
      texts={`${TEXTS}.suspend`}
      icon={<SuspendIcon />}
    >
      <TextInput source="reason" validate={reason} multiline minRows={2} />
    </MoveButton>
    <MoveButton resource={RESOURCE} move="resume" texts={`${TEXTS}.resume`} icon={<ResumeIcon />} />
    <MoveButton resource={RESOURCE} move="cancel" texts={`${TEXTS}.cancel`} icon={<CancelIcon />}>
      <TextInput source="reason" validate={reason} multiline minRows={2} />
    </MoveButton>
  </>
);
