import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';

const show = (value: unknown) =>
  value == null ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value);

interface ChangesTableProps {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Resource whose field labels name the rows (resources.<name>.fields.<field>). */
  resource?: string;
}

/** What an audit event changed: one row per field, before and after. */
export const ChangesTable = ({ before, after, resource }: ChangesTableProps) => {
  const translate = useTranslate();
  // A created record lists every column; the empty ones say nothing.
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter(
    (field) => before?.[field] != null || after?.[field] != null,
  );
  if (!fields.length) return null;
  return (
    <Table size="small" aria-label={translate('tracker.audit.changes')}>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col" sx={{ width: '24%' }}>
            {translate('tracker.history.field')}
          </TableCell>
          <TableCell component="th" scope="col" sx={{ width: '38%' }}>
            {translate('tracker.history.before')}
          </TableCell>
          <TableCell component="th" scope="col">
            {translate('tracker.history.after')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {fields.map((field) => (
          <TableRow key={field}>
            <TableCell component="th" scope="row">
              {resource ? translate(`resources.${resource}.fields.${field}`, { _: field }) : field}
            </TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>{show(before?.[field])}</TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>{show(after?.[field])}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
