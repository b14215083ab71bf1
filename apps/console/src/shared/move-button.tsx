import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useState, type ReactElement, type ReactNode } from 'react';
import {
  Form,
  HttpError,
  SaveButton,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { moveAvailable } from '../core/access';
import type { TrackerDataProvider } from '../core/data-provider';

interface MoveButtonProps {
  resource: string;
  /** The move: the last path segment of `POST /<resource>/:id/<move>`. */
  move: string;
  /** Texts of the move: `${texts}.label|title|help|done`. */
  texts: string;
  icon?: ReactElement;
  /** The fields the move asks for; none means a plain confirmation. */
  children?: ReactNode;
  /** Extra explanation under the help text (e.g. what the move supersedes). */
  note?: ReactNode;
  /** After the move, e.g. go to the record the move created. */
  onDone?: (record: RaRecord) => void;
  /** Whether the record allows the move now; by default, whether its `actions` list it. */
  available?: (record: RaRecord) => boolean;
  /** How the move is sent, when it is not `POST /<resource>/:id/<move>` (e.g. an update). */
  send?: (dataProvider: TrackerDataProvider, record: RaRecord, data: object) => Promise<RaRecord>;
}

/**
 * A life-cycle move: shown only when the user may make it (authProvider.canAccess) and the
 * record allows it now, confirmed in a dialog that asks for the move's fields. Field errors
 * from the API appear under the inputs they concern.
 */
export const MoveButton = (props: MoveButtonProps) => {
  const { resource, move, texts, icon, children, note, onDone } = props;
  const available = props.available ?? ((r: RaRecord) => moveAvailable(r, move));
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource, action: move });
  const [open, setOpen] = useState(false);
  const translate = useTranslate();
  const dataProvider = useDataProvider<TrackerDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record || !canAccess || !available(record)) return null;

  const submit = async (values: Record<string, unknown>) => {
    const data = Object.fromEntries(
      Object.entries(values).filter(([, value]) => value !== '' && value != null),
    );
    try {
      const result = props.send
        ? await props.send(dataProvider, record, data)
        : (await dataProvider.move(resource, { id: String(record.id), move, data })).data;
      setOpen(false);
      notify(`${texts}.done`, { type: 'success' });
      if (onDone) onDone(result);
      else refresh();
    } catch (error) {
      const errors = error instanceof HttpError ? error.body?.errors : undefined;
      if (errors) return errors;
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', {
        type: 'error',
      });
    }
  };

  const titleId = `${resource}-${move}-title`;
  return (
    <>
      <Button size="small" startIcon={icon} onClick={() => setOpen(true)} data-move={move}>
        {translate(`${texts}.label`)}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth>
        <Form onSubmit={submit} record={{}} noValidate>
          <DialogTitle id={titleId}>{translate(`${texts}.title`)}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate(`${texts}.help`)}</DialogContentText>
            {note}
            {children}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <SaveButton label={`${texts}.label`} icon={icon} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
