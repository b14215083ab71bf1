import { Chip } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { localized } from './localized-text-field';

/** A referenced record as a chip, by its text in the user's language (or `fallback`). */
export const LocalizedChip = ({ text, fallback }: { text: string; fallback?: string }) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  if (!record) return null;
  const label = localized(record, text, locale) || String(record[fallback ?? 'id'] ?? '');
  return <Chip size="small" label={label} clickable />;
};
