import { Chip } from '@mui/material';
import type { RagRating } from '@tracker/contracts';
import { useFieldValue, useTranslate } from 'react-admin';
import { RATING_COLOURS } from './scale-colours';

interface RatingChipProps {
  source: string;
  label?: string;
  sortable?: boolean;
  /** Show "not yet reported" when the value is empty (a measure's current rating). */
  showNone?: boolean;
}

/** A five-level delivery-confidence rating (green … red) as a coloured chip. */
export const RatingChip = ({ source, showNone }: RatingChipProps) => {
  const translate = useTranslate();
  const value = useFieldValue({ source }) as RagRating | null | undefined;
  if (!value && !showNone) return null;
  const key = value ?? 'none';
  return (
    <Chip
      size="small"
      label={translate(`tracker.rating.${key}`)}
      sx={{ bgcolor: RATING_COLOURS[key], color: '#fff' }}
      data-rating={key}
    />
  );
};
