import DownloadIcon from '@mui/icons-material/Download';
import { Button } from '@mui/material';
import type { Permission } from '@tracker/contracts';
import {
  useDataProvider,
  useNotify,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { TrackerDataProvider } from '../core/data-provider';

const FORMATS = [
  { format: 'csv', type: 'text/csv;charset=utf-8', label: 'tracker.act.export_csv' },
  { format: 'json', type: 'application/json', label: 'tracker.act.export_json' },
] as const;

/** Saves a text the API answered as a file (the export needs the bearer token, so no plain link). */
function save(text: string, type: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/**
 * For auditors: every version and transition of the guidance (of this one on its page), with
 * the audit chain's verification, as CSV or JSON.
 */
export const GuidanceExportButtons = () => {
  const { permissions = [] } = usePermissions<Permission[]>();
  const record = useRecordContext();
  const dataProvider = useDataProvider<TrackerDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  if (!permissions.includes('audit.read')) return null;
  const reference = record?.referenceNumber as string | undefined;
  const query = reference ? `?referenceNumber=${encodeURIComponent(reference)}` : '';
  const download = async (format: 'csv' | 'json', type: string) => {
    try {
      const { body } = await dataProvider.get(`/guidance/export.${format}${query}`);
      save(body, type, `guidance-history${reference ? `-${reference}` : ''}.${format}`);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', {
        type: 'error',
      });
    }
  };
  return (
    <>
      {FORMATS.map(({ format, type, label }) => (
        <Button
          key={format}
          size="small"
          startIcon={<DownloadIcon />}
          onClick={() => void download(format, type)}
          data-export={format}
        >
          {translate(label)}
        </Button>
      ))}
    </>
  );
};
