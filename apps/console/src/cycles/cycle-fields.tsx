import { Chip } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatFiscalYear } from '../time/fiscal-year';

/** The counts of a year the API derives for the reader (`summary`). */
export interface CycleSummary {
  planVersions: { id: string; number: number; status: string }[];
  measures: { active: number; late: number };
  incidents: { reported: number };
  investigations: { opened: number };
  guidance: { issued: number; public: number };
  amendments: { proposed: number };
}

/** "2026年度（令和8年度）" / "FY2026", and whether it is the year running now. */
export const FiscalYearField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <span>
      {formatFiscalYear(record.fiscalYear as number, locale)}{' '}
      {record.current && (
        <Chip size="small" color="primary" label={translate('tracker.act.cycle_current')} />
      )}
    </span>
  );
};

/** One figure of the summary (`incidents.reported`, `guidance.issued` ...). */
export const FigureField = ({ path }: { path: string; label?: string }) => {
  const record = useRecordContext();
  const [group, key] = path.split('.');
  const summary = record?.summary as Record<string, Record<string, number>> | undefined;
  return <span>{summary?.[group]?.[key] ?? '—'}</span>;
};
