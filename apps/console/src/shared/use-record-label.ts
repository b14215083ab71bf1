import type { RaRecord } from 'react-admin';
import { useLocaleState } from 'react-admin';
import { localized } from './localized-text-field';

/**
 * "INC-2026-00042 生成AIによる…" as plain text, for autocomplete inputs: they match what the
 * user types against the option's text, which an element option does not have.
 */
export function useRecordLabel(text: string, code?: string, fallback?: string) {
  const [locale] = useLocaleState();
  return (record: RaRecord | undefined) => {
    if (!record) return '';
    const label =
      localized(record, text, locale) || (fallback ? String(record[fallback] ?? '') : '');
    return [code ? String(record[code] ?? '') : '', label].filter(Boolean).join(' ');
  };
}
