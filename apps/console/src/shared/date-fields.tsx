import { useFieldValue, useLocaleState } from 'react-admin';
import { formatFiscalPeriod } from '../time/fiscal-year';
import { formatDateOnly, formatInstant } from '../time/japan-time';

interface DateFieldProps {
  source: string;
  label?: string;
  sortable?: boolean;
}

/** A date-only value (a Cabinet decision date, a KPI target date), never shifted by time zone. */
export const DateOnlyField = ({ source }: DateFieldProps) => {
  const [locale] = useLocaleState();
  const value = useFieldValue({ source }) as string | null;
  return <span>{formatDateOnly(value, locale)}</span>;
};

/** A moment (created, updated, occurred), shown in Japan time. */
export const InstantField = ({ source }: DateFieldProps) => {
  const [locale] = useLocaleState();
  const value = useFieldValue({ source }) as string | null;
  return <span>{formatInstant(value, locale)}</span>;
};

interface PeriodFieldProps {
  from: string;
  to: string;
  label?: string;
  sortable?: boolean;
}

/** A span of fiscal years (2025〜2027年度 / FY2025–FY2027). */
export const FiscalPeriodField = ({ from, to }: PeriodFieldProps) => {
  const [locale] = useLocaleState();
  const start = useFieldValue({ source: from }) as number | null;
  const end = useFieldValue({ source: to }) as number | null;
  return <span>{formatFiscalPeriod(start, end, locale)}</span>;
};
