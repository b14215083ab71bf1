import type { FieldDetail } from '@tracker/contracts';
/**
 * Named domain errors. Services throw these; the HTTP layer maps each kind to one status code,
 * so no service needs to know about HTTP.
 */
export type DomainErrorKind =
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'forbidden'
  | 'unauthorized'
  | 'too_many_requests'
  | 'bad_request'
  | 'unavailable';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  constructor(
    message: string,
    readonly code: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  readonly kind = 'not_found';
  constructor(entity: string, id: string) {
    super(`${entity} ${id} was not found`, 'not_found', { entity, id });
  }
}

export class InvalidTransitionError extends DomainError {
  readonly kind = 'conflict';
  constructor(entity: string, current: string, action: string, allowed: readonly string[]) {
    const moves = allowed.length ? allowed.join(', ') : 'none';
    super(
      `Cannot ${action} a ${entity} that is ${current}; allowed from ${current}: ${moves}`,
      'invalid_transition',
      { currentStatus: current, action, allowedActions: [...allowed] },
    );
  }
}

export class StaleVersionError extends DomainError {
  readonly kind = 'conflict';
  constructor(entity: string, expected: number, current: number) {
    super(
      `The ${entity} was changed by someone else (your version ${expected}, current ${current}); reload and try again`,
      'stale_version',
      { expectedVersion: expected, currentVersion: current },
    );
  }
}

/** A state conflict other than a transition, e.g. editing a record that is read-only. */
export class ConflictError extends DomainError {
  readonly kind = 'conflict';
  constructor(message: string, code = 'conflict', extra: Record<string, unknown> = {}) {
    super(message, code, extra);
  }
}

/** The request is well-formed but breaks a business rule (a link to a missing record, say). */
export class RuleViolationError extends DomainError {
  readonly kind = 'unprocessable';
  constructor(
    message: string,
    code = 'rule_violation',
    readonly field?: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, code, extra);
  }
}

export class ReferenceNotFoundError extends RuleViolationError {
  constructor(field: string, entity: string, id: string) {
    super(
      `${field} refers to ${entity} ${id}, which does not exist`,
      'reference_not_found',
      field,
      {
        entity,
        id,
      },
    );
  }
}

export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
  constructor(message = 'You are not allowed to do this', code = 'forbidden') {
    super(message, code);
  }
}

export class UnauthorizedError extends DomainError {
  readonly kind = 'unauthorized';
  constructor(message = 'Authentication required', code = 'unauthorized') {
    super(message, code);
  }
}

export class TooManyRequestsError extends DomainError {
  readonly kind = 'too_many_requests';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, 'too_many_requests', { retryAfterSeconds });
  }
}

export class BadRequestError extends DomainError {
  readonly kind = 'bad_request';
  constructor(
    message: string,
    readonly details: FieldDetail[] = [],
    code = 'validation_failed',
  ) {
    super(message, code);
  }
}

/** A service the request needs (the job queues' Redis, say) does not answer right now. */
export class UnavailableError extends DomainError {
  readonly kind = 'unavailable';
  constructor(message: string, code = 'unavailable') {
    super(message, code);
  }
}
