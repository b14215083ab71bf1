import { useFieldValue, useLocaleState } from 'react-admin';

interface LocalizedTextFieldProps {
  /** The field without its language suffix: `title` reads titleJa or titleEn. */
  source: string;
  label?: string;
  sortable?: boolean;
  sortBy?: string;
}

/** Records carry Japanese and English text side by side; show the one of the user's language. */
export const LocalizedTextField = ({ source }: LocalizedTextFieldProps) => {
  const [locale] = useLocaleState();
  const ja = useFieldValue({ source: `${source}Ja` }) as string | null;
  const en = useFieldValue({ source: `${source}En` }) as string | null;
  return <span>{(locale === 'en' ? en || ja : ja || en) ?? ''}</span>;
};

/** The same choice for code that has the record in hand. */
export function localized(
  record: Record<string, unknown> | undefined,
  source: string,
  locale: string,
): string {
  if (!record) return '';
  const ja = record[`${source}Ja`] as string | null | undefined;
  const en = record[`${source}En`] as string | null | undefined;
  return (locale === 'en' ? en || ja : ja || en) ?? '';
}
