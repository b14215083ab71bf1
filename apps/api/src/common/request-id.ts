import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const SAFE = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * The request id: the caller's X-Request-Id when it is safe to log, else a new UUID. It is
 * written back onto the request headers so Fastify and the logger agree on it.
 */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  const id = typeof given === 'string' && SAFE.test(given) ? given : randomUUID();
  request.headers['x-request-id'] = id;
  return id;
}
