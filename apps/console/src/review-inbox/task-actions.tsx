import ApproveIcon from '@mui/icons-material/CheckCircle';
import ClaimIcon from '@mui/icons-material/PanTool';
import ReleaseIcon from '@mui/icons-material/Undo';
import ChangesIcon from '@mui/icons-material/RateReview';
import { Alert, Box, Button, Stack, TextField } from '@mui/material';
import { useState, type ReactElement } from 'react';
import {
  HttpError,
  useDataProvider,
  useGetIdentity,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { TrackerDataProvider } from '../core/data-provider';
import type { ReviewTaskMove } from '../i18n/act-messages';
import { taskAvailability, type InboxTask } from './inbox-actions';

const TEXTS = 'tracker.move.review_task';

/** A decision being written: approve (comment optional) or request changes (comment required). */
type Deciding = 'approve' | 'request-changes' | null;

/**
 * Claim, release, approve and request changes on one task, in place: a decision opens a comment
 * box under the task rather than another page. The API's refusals show under the task; the
 * refusal of one's own work in words that say why.
 */
export const TaskActions = ({ task }: { task: InboxTask }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<TrackerDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { identity } = useGetIdentity();
  const can = taskAvailability(task, identity?.id as string | undefined);
  const [deciding, setDeciding] = useState<Deciding>(null);
  const [comment, setComment] = useState('');
  // Approving a plan version is the Cabinet decision: its date and title/number go with it.
  const cabinet = task.subjectType === 'plan_version';
  const [decisionDate, setDecisionDate] = useState('');
  const [decisionNumber, setDecisionNumber] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const run = async (move: ReviewTaskMove, data?: Record<string, unknown>) => {
    setBusy(true);
    setRefusal(null);
    try {
      await dataProvider.move('review-tasks', { id: task.id, move, data });
      notify(`${TEXTS}.${move}.done`, { type: 'success' });
      setDeciding(null);
      setComment('');
      refresh();
    } catch (error) {
      const code = error instanceof HttpError ? (error.body as { code?: string })?.code : undefined;
      const message = error instanceof Error ? error.message : 'ra.notification.http_error';
      setRefusal(code === 'own_work' ? 'tracker.inbox.own_work' : message);
    } finally {
      setBusy(false);
    }
  };

  const requiresComment = deciding === 'request-changes';
  const requiresDecision = cabinet && deciding === 'approve';
  const incomplete =
    (requiresComment && !comment.trim()) ||
    (requiresDecision && (!decisionDate || !decisionNumber.trim()));
  const button = (move: ReviewTaskMove, icon: ReactElement, onClick: () => void) => (
    <Button size="small" startIcon={icon} onClick={onClick} disabled={busy} data-task-move={move}>
      {translate(`${TEXTS}.${move}.label`)}
    </Button>
  );
  return (
    <Box>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {can.claim && button('claim', <ClaimIcon />, () => void run('claim'))}
        {can.release && button('release', <ReleaseIcon />, () => void run('release'))}
        {can.approve && button('approve', <ApproveIcon />, () => setDeciding('approve'))}
        {can.requestChanges &&
          button('request-changes', <ChangesIcon />, () => setDeciding('request-changes'))}
      </Stack>
      {deciding && (
        <Box
          component="form"
          sx={{ mt: 1, display: 'flex', flexDirection: 'column', gap: 1, maxWidth: 640 }}
          onSubmit={(event) => {
            event.preventDefault();
            const text = comment.trim();
            if (incomplete) return;
            void run(deciding, {
              ...(text ? { comment: text } : {}),
              ...(requiresDecision
                ? {
                    data: {
                      cabinetDecisionDate: decisionDate,
                      cabinetDecisionNumber: decisionNumber.trim(),
                    },
                  }
                : {}),
            });
          }}
        >
          <Alert severity="info">{translate(`${TEXTS}.${deciding}.help`)}</Alert>
          {requiresDecision && (
            <>
              <TextField
                type="date"
                label={translate('resources.plan-versions.fields.cabinetDecisionDate')}
                value={decisionDate}
                onChange={(event) => setDecisionDate(event.target.value)}
                required
                slotProps={{ inputLabel: { shrink: true } }}
              />
              <TextField
                label={translate('resources.plan-versions.fields.cabinetDecisionNumber')}
                value={decisionNumber}
                onChange={(event) => setDecisionNumber(event.target.value)}
                required
                slotProps={{ htmlInput: { maxLength: 200 } }}
              />
            </>
          )}
          <TextField
            label={translate('tracker.inbox.comment')}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            required={requiresComment}
            multiline
            minRows={2}
            slotProps={{ htmlInput: { maxLength: 4000 } }}
          />
          <Stack direction="row" spacing={1}>
            <Button
              type="submit"
              variant="contained"
              disabled={busy || incomplete}
              data-task-confirm={deciding}
            >
              {translate(`${TEXTS}.${deciding}.label`)}
            </Button>
            <Button onClick={() => setDeciding(null)} disabled={busy}>
              {translate('ra.action.cancel')}
            </Button>
          </Stack>
        </Box>
      )}
      {refusal && (
        <Alert severity="error" role="alert" sx={{ mt: 1 }} data-refusal>
          {translate(refusal, { _: refusal })}
        </Alert>
      )}
    </Box>
  );
};
