import { registerDecorator, type ValidationOptions } from 'class-validator';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's date in Japan, as YYYY-MM-DD: the calendar the ministries work in. */
export function todayInJapan(now = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

export function isDateOnly(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_ONLY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/**
 * A calendar date (YYYY-MM-DD) that exists. With `notFuture`, a date after today in Japan is
 * refused: a decision or an occurrence cannot be recorded before it happens.
 */
export function IsDateOnly(options: { notFuture?: boolean } = {}, validation?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isDateOnly',
      target: target.constructor,
      propertyName,
      options: validation,
      validator: {
        validate: (value: unknown) =>
          isDateOnly(value) && (!options.notFuture || value <= todayInJapan()),
        defaultMessage: () =>
          options.notFuture
            ? `${propertyName} must be a date (YYYY-MM-DD) not after today`
            : `${propertyName} must be a date (YYYY-MM-DD)`,
      },
    });
}
