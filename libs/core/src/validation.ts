import { plainToInstance } from 'class-transformer';
import {
  registerDecorator,
  validate,
  type ValidationError,
  type ValidationOptions,
} from 'class-validator';
import { BadRequestError } from './errors';

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

export type FieldDetail = { field: string; message: string };

/** class-validator errors as field-level details (`field` is a dotted path under `prefix`). */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldDetail[] {
  const details: FieldDetail[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [rule, message] of Object.entries(error.constraints ?? {})) {
      details.push({
        field,
        message: rule === 'whitelistValidation' ? `${field} is not a known field` : message,
      });
    }
    if (error.children?.length) details.push(...flattenValidationErrors(error.children, field));
  }
  return details;
}

/**
 * Validates a plain object nested in a request against a DTO class, as strictly as request
 * bodies are (unknown fields refused, no coercion); problems are a 400 naming `prefix.field`.
 */
export async function validatePlain<T extends object>(
  type: new () => T,
  value: unknown,
  prefix: string,
): Promise<T> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new BadRequestError('Validation failed', [
      { field: prefix, message: `${prefix} must be an object` },
    ]);
  }
  const instance = plainToInstance(type, value, { enableImplicitConversion: false });
  const errors = await validate(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
  });
  if (errors.length) {
    throw new BadRequestError('Validation failed', flattenValidationErrors(errors, prefix));
  }
  return instance;
}
