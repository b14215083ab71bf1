import type { RagRating, Severity } from '@tracker/contracts';

/**
 * Colours of the Do and Check stages' scales, best to worst. Each is dark enough for white
 * text (WCAG AA) except the lightest, which carries black text.
 */
export const RATING_COLOURS: Record<RagRating | 'none', string> = {
  green: '#1b6e3a',
  amber_green: '#5a7d1a',
  amber: '#8a6100',
  amber_red: '#b34700',
  red: '#b3261e',
  none: '#616161',
};

export const SEVERITY_COLOURS: Record<Severity, string> = {
  low: '#cfd8dc',
  medium: '#8a6100',
  high: '#b34700',
  critical: '#b3261e',
};
