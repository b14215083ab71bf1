import { useLocaleState, useRecordContext } from 'react-admin';
import { localized } from './localized-text-field';

/** "II-2 研究開発から社会実装までの一体的推進": a coded record by code and its localized text. */
export const CodedLabel = ({ text }: { text: string }) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <span>
      {record.code as string} {localized(record, text, locale)}
    </span>
  );
};
