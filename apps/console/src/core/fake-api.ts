import type { Session, SessionStore } from './session-store';

export interface Call {
  method: string;
  url: string;
  authorization: string | null;
  body: unknown;
}

type Handler = (call: Call) => { status: number; body?: unknown; headers?: Record<string, string> };

/**
 * A scripted API for the console's unit tests: answers by "METHOD path" and records every call,
 * so a test can say what went over the wire (tokens, bodies) without a server.
 */
export function fakeApi(routes: Record<string, Handler>) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const headers = new Headers(init.headers);
    const call: Call = {
      method: init.method ?? 'GET',
      url,
      authorization: headers.get('authorization'),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const key = `${call.method} ${url.replace(/^\/api\/v1/, '').replace(/\?.*$/, '')}`;
    const handler = routes[key];
    const answer = handler
      ? handler(call)
      : { status: 404, body: { statusCode: 404, code: 'route_not_found', message: key } };
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json', ...answer.headers },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

export function memoryStore(
  initial: Session | null = null,
): SessionStore & { current: Session | null } {
  const store = {
    current: initial,
    read: () => store.current,
    write: (session: Session) => {
      store.current = session;
    },
    clear: () => {
      store.current = null;
    },
  };
  return store;
}

export const ME = {
  user: {
    id: 'u-1',
    email: 'coordinator@demo.example',
    displayName: '内閣 花子',
    ministry: 'cao',
    roles: ['coordinator'],
    clearance: 'internal',
  },
  permissions: ['plan.read', 'plan.edit', 'plan.propose'],
};

export function session(overrides: Partial<Session> = {}): Session {
  return {
    accessToken: 'access-1',
    refreshToken: 'refresh-1',
    expiresAt: Date.now() + 600_000,
    user: ME.user as Session['user'],
    permissions: ME.permissions as Session['permissions'],
    ...overrides,
  };
}
