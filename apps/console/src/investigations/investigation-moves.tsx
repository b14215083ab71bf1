import GatherIcon from '@mui/icons-material/Forum';
import AnalyseIcon from '@mui/icons-material/Insights';
import ReviewIcon from '@mui/icons-material/RateReview';
import ReviseIcon from '@mui/icons-material/Undo';
import ConcludeIcon from '@mui/icons-material/Gavel';
import { TextInput, maxLength, required } from 'react-admin';
import { MoveButton } from '../shared/move-button';

const RESOURCE = 'investigations';
const TEXTS = 'tracker.move.investigation';

export const GatherButton = () => (
  <MoveButton resource={RESOURCE} move="gather" texts={`${TEXTS}.gather`} icon={<GatherIcon />} />
);
export const AnalyseButton = () => (
  <MoveButton
    resource={RESOURCE}
    move="analyse"
    texts={`${TEXTS}.analyse`}
    icon={<AnalyseIcon />}
  />
);
export const ReviewButton = () => (
  <MoveButton resource={RESOURCE} move="review" texts={`${TEXTS}.review`} icon={<ReviewIcon />} />
);
export const ReviseButton = () => (
  <MoveButton resource={RESOURCE} move="revise" texts={`${TEXTS}.revise`} icon={<ReviseIcon />} />
);
export const ConcludeButton = () => (
  <MoveButton
    resource={RESOURCE}
    move="conclude"
    texts={`${TEXTS}.conclude`}
    icon={<ConcludeIcon />}
  >
    <TextInput
      source="conclusion"
      validate={[required(), maxLength(20_000)]}
      multiline
      minRows={3}
    />
    <TextInput source="rootCause" validate={maxLength(20_000)} multiline minRows={2} />
  </MoveButton>
);
