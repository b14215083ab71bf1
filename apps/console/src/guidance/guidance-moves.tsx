import AcknowledgeIcon from '@mui/icons-material/HowToReg';
import FollowUpIcon from '@mui/icons-material/FactCheck';
import IssueIcon from '@mui/icons-material/Campaign';
import ReviseIcon from '@mui/icons-material/ContentCopy';
import SubmitIcon from '@mui/icons-material/Send';
import WithdrawIcon from '@mui/icons-material/Block';
import { DateInput, TextInput, maxLength, required, useRedirect } from 'react-admin';
import { MoveButton } from '../shared/move-button';
import { notFuture } from '../shared/validators';

const RESOURCE = 'guidance';
const TEXTS = 'tracker.move.guidance';
const pastDate = [required(), notFuture];

export const SubmitButton = () => (
  <MoveButton resource={RESOURCE} move="submit" texts={`${TEXTS}.submit`} icon={<SubmitIcon />} />
);

export const IssueButton = () => (
  <MoveButton resource={RESOURCE} move="issue" texts={`${TEXTS}.issue`} icon={<IssueIcon />}>
    <DateInput source="issueDate" validate={pastDate} />
  </MoveButton>
);

export const WithdrawButton = () => (
  <MoveButton
    resource={RESOURCE}
    move="withdraw"
    texts={`${TEXTS}.withdraw`}
    icon={<WithdrawIcon />}
  >
    <TextInput
      source="reason"
      validate={[required(), maxLength(5000)]}
      multiline
      minRows={2}
      placeholder="改訂版の発出に伴い撤回"
    />
  </MoveButton>
);

/** Opens the new draft it created. */
export const ReviseButton = () => {
  const redirect = useRedirect();
  return (
    <MoveButton
      resource={RESOURCE}
      move="revise"
      texts={`${TEXTS}.revise`}
      icon={<ReviseIcon />}
      onDone={(draft) => redirect('show', RESOURCE, draft.id)}
    />
  );
};

export const AcknowledgeButton = () => (
  <MoveButton
    resource={RESOURCE}
    move="acknowledge"
    texts={`${TEXTS}.acknowledge`}
    icon={<AcknowledgeIcon />}
  >
    <DateInput source="acknowledgedOn" validate={pastDate} />
    <TextInput source="acknowledgedBy" validate={[required(), maxLength(300)]} />
  </MoveButton>
);

/**
 * After issue only the follow-up may change: an update of the issued version (with the version
 * read, like every edit) rather than a life-cycle move.
 */
export const FollowUpButton = () => (
  <MoveButton
    resource={RESOURCE}
    move="follow-up"
    texts={`${TEXTS}.follow-up`}
    icon={<FollowUpIcon />}
    available={(record) => record.status === 'issued'}
    send={async (dataProvider, record, data) =>
      (
        await dataProvider.update(RESOURCE, {
          id: record.id,
          data: { ...data, version: record.version },
          previousData: record,
        })
      ).data
    }
  >
    <TextInput
      source="followUpResult"
      validate={[required(), maxLength(5000)]}
      multiline
      minRows={3}
    />
    <DateInput source="followUpDate" />
  </MoveButton>
);
