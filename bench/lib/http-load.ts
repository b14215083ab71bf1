import autocannon from 'autocannon';
import { percentile } from './stats';

export interface HttpRequestSpec {
  method?: 'GET' | 'POST' | 'PUT';
  /** Path below the base URL; a function gives each request its own (e.g. a new body or page). */
  path: string | (() => string);
  body?: () => unknown;
  token?: string;
}

export interface HttpResult {
  rps: number;
  p50Ms: number;
  p95Ms: number;
  requests: number;
  errors: number;
  statuses: Record<string, number>;
}

/** Drives the API with `connections` concurrent clients for `seconds` and measures each response. */
export async function httpLoad(
  baseUrl: string,
  spec: HttpRequestSpec,
  options: { connections: number; seconds?: number; amount?: number },
): Promise<HttpResult> {
  const url = new URL(baseUrl);
  const prefix = url.pathname.replace(/\/$/, '');
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (spec.token) headers.authorization = `Bearer ${spec.token}`;
  const options_: autocannon.Options = {
    url: url.origin,
    connections: options.connections,
    duration: options.seconds,
    amount: options.amount,
    timeout: 30,
    requests: [
      {
        method: spec.method ?? 'GET',
        headers,
        setupRequest: (request) => ({
          ...request,
          path: prefix + (typeof spec.path === 'function' ? spec.path() : spec.path),
          body: spec.body ? JSON.stringify(spec.body()) : undefined,
        }),
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options_, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
  const errors =
    result.errors +
    result.timeouts +
    Object.entries(statuses)
      .filter(([s]) => Number(s) >= 400)
      .reduce((n, [, c]) => n + c, 0);
  return {
    rps: latencies.length / result.duration,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    requests: latencies.length,
    errors,
    statuses,
  };
}
