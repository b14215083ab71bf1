import ApproveIcon from '@mui/icons-material/Gavel';
import AmendIcon from '@mui/icons-material/ContentCopy';
import ProposeIcon from '@mui/icons-material/Send';
import WithdrawIcon from '@mui/icons-material/Undo';
import { Alert } from '@mui/material';
import {
  DateInput,
  TextInput,
  maxLength,
  required,
  useGetList,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { MoveButton } from '../shared/move-button';
import { notFuture } from '../shared/validators';

const RESOURCE = 'plan-versions';
const TEXTS = 'tracker.move.plan_version';
const decisionDate = [required(), notFuture];
const reference = [required(), maxLength(300)];

export const ProposeButton = () => (
  <MoveButton resource={RESOURCE} move="propose" texts={`${TEXTS}.propose`} icon={<ProposeIcon />}>
    <DateInput source="hqProposalDate" validate={decisionDate} />
    <TextInput
      source="hqProposalReference"
      validate={reference}
      placeholder="第2回人工知能戦略本部"
    />
  </MoveButton>
);

export const WithdrawButton = () => (
  <MoveButton
    resource={RESOURCE}
    move="withdraw"
    texts={`${TEXTS}.withdraw`}
    icon={<WithdrawIcon />}
  >
    <TextInput source="reason" validate={[required(), maxLength(2000)]} multiline minRows={2} />
  </MoveButton>
);

/** Says which version the Cabinet decision will supersede, so the approver sees the effect. */
const SupersedesNote = () => {
  const translate = useTranslate();
  const { data } = useGetList(RESOURCE, {
    filter: { status: 'approved' },
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'number', order: 'DESC' },
  });
  const inForce = data?.[0];
  if (!inForce) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      {translate('tracker.help.approve_supersedes', { number: inForce.number })}
    </Alert>
  );
};

export const ApproveButton = () => (
  <MoveButton
    resource={RESOURCE}
    move="approve"
    texts={`${TEXTS}.approve`}
    icon={<ApproveIcon />}
    note={<SupersedesNote />}
  >
    <DateInput source="cabinetDecisionDate" validate={decisionDate} />
    <TextInput
      source="cabinetDecisionNumber"
      validate={reference}
      placeholder="令和8年1月9日閣議決定"
    />
  </MoveButton>
);

/** Opens the new draft it created. */
export const AmendButton = () => {
  const redirect = useRedirect();
  return (
    <MoveButton
      resource={RESOURCE}
      move="amend"
      texts={`${TEXTS}.amend`}
      icon={<AmendIcon />}
      onDone={(draft) => redirect('show', RESOURCE, draft.id)}
    >
      <TextInput source="titleJa" validate={maxLength(300)} helperText="tracker.help.amend" />
      <TextInput source="titleEn" validate={maxLength(300)} />
    </MoveButton>
  );
};
