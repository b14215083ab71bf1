/** Dates are read and shown in Japan time, whatever the browser's own time zone. */
export const JAPAN_TIME_ZONE = 'Asia/Tokyo';

const intlLocale = (locale: string) => (locale === 'ja' ? 'ja-JP' : 'en-GB');

/** The calendar date (YYYY-MM-DD) of an instant in Japan. */
export function japanDate(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: JAPAN_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Today in Japan (for "not in the future" checks on date-only fields). */
export const japanToday = (now: Date = new Date()) => japanDate(now);

/** A date-only value (2025-12-23) as the user reads it: 2025年12月23日 / 23 Dec 2025. */
export function formatDateOnly(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const [y, m, d] = value.split('-').map(Number);
  if (!y || !m || !d) return value;
  // Noon UTC is the same calendar day in Japan, so the date never shifts.
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: JAPAN_TIME_ZONE,
    year: 'numeric',
    month: locale === 'ja' ? 'long' : 'short',
    day: 'numeric',
  }).format(new Date(Date.UTC(y, m - 1, d, 12)));
}

/** An instant in Japan time: 2025/12/23 14:05 / 23 Dec 2025, 14:05 (JST). */
export function formatInstant(value: string | Date | null | undefined, locale: string): string {
  if (!value) return '';
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) return String(value);
  const text = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: JAPAN_TIME_ZONE,
    year: 'numeric',
    month: locale === 'ja' ? '2-digit' : 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  return `${text} JST`;
}
