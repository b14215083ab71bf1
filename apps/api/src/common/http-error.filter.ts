import {
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { ApiErrorBody } from '@tracker/contracts';
import {
  BadRequestError,
  DomainError,
  RuleViolationError,
  TooManyRequestsError,
} from '@tracker/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';

const STATUS_OF: Record<DomainError['kind'], number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  too_many_requests: 429,
  unavailable: 503,
};

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

interface Body {
  statusCode: number;
  code: string;
  message: string;
  details?: ApiErrorBody['details'];
  [extra: string]: unknown;
}

function fromDomain(error: DomainError): Body {
  const body: Body = {
    statusCode: STATUS_OF[error.kind],
    code: error.code,
    message: error.message,
    ...error.extra,
  };
  if (error instanceof BadRequestError && error.details.length) body.details = error.details;
  if (error instanceof RuleViolationError && error.field) {
    body.details = [{ field: error.field, message: error.message }];
  }
  return body;
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P03',
  '08006',
  '08001',
]);

/** PostgreSQL errors that a user's input can cause are 4xx; losing the database is a 503. */
function fromDatabase(
  error: QueryFailedError & { driverError?: { code?: string; constraint?: string } },
): Body | null {
  const code = error.driverError?.code;
  const constraint = error.driverError?.constraint;
  switch (code) {
    case '23505':
      return {
        statusCode: 409,
        code: 'duplicate',
        message: `A record with the same values already exists (${constraint})`,
      };
    case '23503':
      return /update or delete/.test(error.message)
        ? {
            statusCode: 409,
            code: 'in_use',
            message: 'The record is still referenced by other records',
          }
        : {
            statusCode: 422,
            code: 'reference_not_found',
            message: 'A referenced record does not exist',
          };
    case '23514':
    case '23502':
      return {
        statusCode: 422,
        code: 'constraint_violation',
        message: `The values break a rule of the record (${constraint ?? code})`,
      };
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
    case '22001':
    case '22021':
      return {
        statusCode: 400,
        code: 'invalid_value',
        message: 'A value has the wrong format or is out of range',
      };
    case '40001':
    case '40P01':
      return {
        statusCode: 409,
        code: 'concurrent_update',
        message: 'The record was changed concurrently; try again',
      };
    case 'P0001':
      return {
        statusCode: 409,
        code: 'read_only',
        message:
          error.driverError && 'message' in error.driverError
            ? String((error.driverError as { message: string }).message)
            : 'The record is read-only',
      };
  }
  return null;
}

function isConnectionFailure(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string }; message?: string };
  const code = e?.driverError?.code ?? e?.code;
  return (
    (code !== undefined && CONNECTION_CODES.has(code)) ||
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
      e?.message ?? '',
    )
  );
}

function fromHttp(exception: HttpException): Body {
  const status = exception.getStatus();
  const response = exception.getResponse();
  if (typeof response === 'object' && response && 'status' in response && 'details' in response) {
    // A failed health check (terminus): keep which check failed.
    return {
      statusCode: status,
      code: 'not_ready',
      message: 'A dependency is not available',
      checks: (response as { details: unknown }).details,
    };
  }
  const message =
    typeof response === 'string'
      ? response
      : Array.isArray((response as { message?: unknown }).message)
        ? (response as { message: string[] }).message.join('; ')
        : String((response as { message?: unknown }).message ?? exception.message);
  const code =
    status === 404
      ? 'route_not_found'
      : (REASON[status] ?? 'error').toLowerCase().replace(/ /g, '_');
  return { statusCode: status, code, message };
}

/** Errors raised by Fastify itself (bad JSON, wrong content type, oversized body) carry a 4xx statusCode. */
function fromFastify(error: unknown): Body | null {
  const e = error as { statusCode?: number; code?: string; message?: string };
  if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return {
      statusCode: e.statusCode,
      code: (e.code ?? 'bad_request').toLowerCase(),
      message: e.message ?? 'Bad request',
    };
  }
  return null;
}

/** The one error shape: every failure, whoever raised it, leaves the API as ApiErrorBody. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost) {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    let body: Body;
    if (exception instanceof DomainError) body = fromDomain(exception);
    else if (exception instanceof HttpException) body = fromHttp(exception);
    else if (isConnectionFailure(exception)) {
      body = {
        statusCode: 503,
        code: 'database_unavailable',
        message: 'The database is not available; try again shortly',
      };
    } else if (exception instanceof QueryFailedError && fromDatabase(exception)) {
      body = fromDatabase(exception) as Body;
    } else
      body = fromFastify(exception) ?? {
        statusCode: 500,
        code: 'internal_error',
        message: 'Internal server error',
      };

    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: request.id }, 'request failed');
    }
    if (exception instanceof TooManyRequestsError) {
      reply.header('Retry-After', String(exception.retryAfterSeconds));
    }
    if (body.statusCode === 503) reply.header('Retry-After', '5');
    const out: ApiErrorBody = {
      error: REASON[body.statusCode] ?? HttpStatus[body.statusCode] ?? 'Error',
      ...body,
      requestId: request.id,
    };
    void reply.status(body.statusCode).send(out);
  }
}
