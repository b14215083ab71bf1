import { useLocaleState, useRecordContext } from 'react-admin';
import { localized } from './localized-text-field';

/**
 * "INC-2026-00042 生成AIによる…": a record by its reference or code (when it has one) and its
 * text in the user's language, for references between Do and Check records.
 */
export const ReferenceLabel = ({ code, text }: { code?: string; text: string }) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <span>{[code && record[code], localized(record, text, locale)].filter(Boolean).join(' ')}</span>
  );
};
