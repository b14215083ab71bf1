import DownloadIcon from '@mui/icons-material/GetApp';
import { Button } from '@mui/material';
import { useState } from 'react';
import { downloadCSV, useDataProvider, useListContext, useNotify, useTranslate } from 'react-admin';
import type { TrackerDataProvider } from '../core/data-provider';
import { incidentExportUrl } from './incident-export';

/**
 * Exports the filtered list through the API's own CSV (UTF-8 with BOM, opens in Excel), which
 * marks withheld fields as redacted rather than leaving them blank, as the console does.
 */
export const IncidentExportButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<TrackerDataProvider>();
  const { filterValues, sort, total } = useListContext();
  const [busy, setBusy] = useState(false);
  const exportCsv = async () => {
    setBusy(true);
    try {
      const { body } = await dataProvider.get(incidentExportUrl(filterValues, sort));
      downloadCSV(body, 'incidents');
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', {
        type: 'error',
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="small"
      startIcon={<DownloadIcon />}
      onClick={exportCsv}
      disabled={busy || total === 0}
    >
      {translate('ra.action.export')}
    </Button>
  );
};
