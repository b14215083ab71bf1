import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ApiErrorBody } from '@tracker/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import sjson from 'secure-json-parse';

/** Request bodies above this size are refused with 413. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** URLs (path and query string) above this length are refused with 414. */
export const URL_LIMIT_BYTES = 8 * 1024;
/** JSON nested deeper than this is refused with 400: no DTO of ours is deeper than a few levels. */
export const JSON_DEPTH_LIMIT = 32;

export function errorBody(
  statusCode: number,
  code: string,
  message: string,
  requestId: string,
): ApiErrorBody {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', code, message, requestId };
}

function tooDeep(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') continue;
    if (depth > JSON_DEPTH_LIMIT) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

function badRequest(message: string): FastifyError {
  return Object.assign(new Error(message), {
    statusCode: 400,
    code: 'invalid_json',
  }) as FastifyError;
}

/**
 * Errors raised before a request reaches Nest — the router (an over-long path parameter, a
 * malformed URL) — answer in the shared error shape too.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  void reply
    .status(400)
    .send(
      errorBody(
        400,
        'invalid_path',
        'The path is malformed or a path parameter is too long',
        request.id,
      ),
    );
}

/** Errors of the HTTP parser (e.g. headers or URL beyond Node's limit) still get the shared shape. */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket) {
  if (socket.destroyed || !socket.writable) return;
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 431
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 408
        : 400;
  const body = JSON.stringify(
    errorBody(status, 'malformed_request', STATUS_CODES[status] ?? 'Bad request', randomUUID()),
  );
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** The limits and parsers every request meets before routing. */
export function configureHttpEdge(fastify: FastifyInstance) {
  // JSON only: any other body is a 415, not a string a DTO half-understands.
  fastify.removeContentTypeParser('text/plain');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    (_request, body, done) => {
      if (body === '') return done(badRequest('The request body is empty'), undefined);
      let value: unknown;
      try {
        value = sjson.parse(body as string, { protoAction: 'error', constructorAction: 'error' });
      } catch {
        return done(badRequest('The request body is not valid JSON'), undefined);
      }
      if (tooDeep(value)) {
        return done(
          badRequest(`The request body is nested deeper than ${JSON_DEPTH_LIMIT} levels`),
          undefined,
        );
      }
      done(null, value);
    },
  );
  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.url.length > URL_LIMIT_BYTES) {
      void reply
        .status(414)
        .send(
          errorBody(
            414,
            'url_too_long',
            `The URL is longer than ${URL_LIMIT_BYTES} bytes`,
            request.id,
          ),
        );
      return;
    }
    done();
  });
  fastify.addHook('onSend', (request, reply, _payload, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
}
