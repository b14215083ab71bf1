type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Japanese and English group digits the same way (1,234,567). */
const grouped = (n: number) => n.toLocaleString('en-US');

/**
 * The pagination's "1–25 of 1,234" — or "of about 1,000,000" when the API answered with the
 * planner's estimate (X-Total-Estimated), so nobody takes a rough figure for a count.
 */
export function rangeLabel(
  { from, to, count }: { from: number; to: number; count: number },
  estimated: boolean,
  translate: Translate,
): string {
  const values = { from: grouped(from), to: grouped(to), count: grouped(count) };
  return translate(estimated ? 'tracker.list.range_about' : 'tracker.list.range', values);
}
