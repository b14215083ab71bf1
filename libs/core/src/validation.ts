import { plainToInstance } from 'class-transformer';
import type { FieldDetail } from '@tracker/contracts';
import {
  getMetadataStorage,
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
      // Two names, so a client can tell "not a date" from "in the future".
      name: options.notFuture ? 'isDateNotFuture' : 'isDateOnly',
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

export type { FieldDetail };

/** The limits a rule was declared with, named for the message (`min`, `max`, `values`). */
const RULE_ARGS: Record<string, (constraints: unknown[]) => Record<string, string | number>> = {
  isLength: ([min, max]) => ({ min: Number(min), max: Number(max) }),
  maxLength: ([max]) => ({ max: Number(max) }),
  min: ([min]) => ({ min: Number(min) }),
  max: ([max]) => ({ max: Number(max) }),
  arrayMinSize: ([min]) => ({ min: Number(min) }),
  arrayMaxSize: ([max]) => ({ max: Number(max) }),
  isIn: ([values]) => ({ values: (values as unknown[]).join(', ') }),
};

function ruleArgs(error: ValidationError, rule: string) {
  const describe = RULE_ARGS[rule];
  if (!describe || !error.target) return undefined;
  const declared = getMetadataStorage()
    .getTargetValidationMetadatas(error.target.constructor, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === rule);
  return declared ? describe(declared.constraints ?? []) : undefined;
}

/**
 * class-validator errors as field-level details (`field` is a dotted path under `prefix`), each
 * naming the rule broken and its limits. Validate with `validationError.target` kept: the
 * limits are read from the declaration on the target's class.
 */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldDetail[] {
  const details: FieldDetail[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [rule, message] of Object.entries(error.constraints ?? {})) {
      if (rule === 'whitelistValidation') {
        details.push({ field, message: `${field} is not a known field`, rule: 'unknownField' });
        continue;
      }
      const args = ruleArgs(error, rule);
      details.push({ field, message, rule, ...(args ? { args } : {}) });
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
    validationError: { target: true, value: false },
  });
  if (errors.length) {
    throw new BadRequestError('Validation failed', flattenValidationErrors(errors, prefix));
  }
  return instance;
}
