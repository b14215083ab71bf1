import { HttpError } from 'ra-core';
import { i18nProvider } from '../i18n/i18n-provider';
import { ApiClient } from './api-client';
import { fakeApi, ME, memoryStore, session } from './fake-api';

const tokens = (n: number) => ({
  status: 200,
  body: {
    accessToken: `access-${n}`,
    refreshToken: `refresh-${n}`,
    expiresIn: 900,
    tokenType: 'Bearer',
  },
});
const unauthorized = (code: string) => ({
  status: 401,
  body: { statusCode: 401, error: 'Unauthorized', code, message: code },
});

function client(routes: Parameters<typeof fakeApi>[0], initial = session()) {
  const api = fakeApi({ 'GET /auth/me': () => ({ status: 200, body: ME }), ...routes });
  const store = memoryStore(initial);
  const instance = new ApiClient({
    baseUrl: '/api/v1',
    store,
    fetch: api.fetch,
    exclusive: (work) => work(),
  });
  return { api, store, client: instance };
}

describe('ApiClient', () => {
  it('signs in, then asks /auth/me for the user and permissions, and keeps the session', async () => {
    const {
      api,
      store,
      client: c,
    } = client({ 'POST /auth/login': () => tokens(1) }, null as never);
    const signedIn = await c.login('coordinator@demo.example', 'pw');
    expect(api.calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      'POST /api/v1/auth/login',
      'GET /api/v1/auth/me',
    ]);
    expect(api.calls[0].body).toEqual({ email: 'coordinator@demo.example', password: 'pw' });
    expect(api.calls[0].authorization).toBeNull();
    expect(api.calls[1].authorization).toBe('Bearer access-1');
    expect(signedIn.permissions).toEqual(ME.permissions);
    expect(store.current?.refreshToken).toBe('refresh-1');
  });

  it('explains a refused sign-in with a translatable message', async () => {
    const { client: c } = client(
      { 'POST /auth/login': () => unauthorized('invalid_credentials') },
      null as never,
    );
    await expect(c.login('x@example.com', 'bad')).rejects.toMatchObject({
      status: 401,
      message: 'tracker.errors.invalid_credentials',
    });
  });

  it('attaches the bearer token to every call', async () => {
    const { api, client: c } = client({ 'GET /plan-versions': () => ({ status: 200, body: [] }) });
    await c.fetchJson('/api/v1/plan-versions?range=[0,9]');
    expect(api.calls[0].authorization).toBe('Bearer access-1');
  });

  it('after a 401, refreshes once (rotating the refresh token) and repeats the call', async () => {
    let served = 0;
    const {
      api,
      store,
      client: c,
    } = client({
      'GET /plan-versions': (call) =>
        call.authorization === 'Bearer access-2'
          ? { status: 200, body: [{ id: 'v1' }] }
          : unauthorized('invalid_token'),
      'POST /auth/refresh': () => tokens(2 + served++),
    });
    const answer = await c.fetchJson('/plan-versions');
    expect(answer.json).toEqual([{ id: 'v1' }]);
    const refresh = api.calls.find((call) => call.url.endsWith('/auth/refresh'));
    expect(refresh?.body).toEqual({ refreshToken: 'refresh-1' });
    expect(store.current?.refreshToken).toBe('refresh-2');
    expect(served).toBe(1);
  });

  it('refreshes before the access token expires, without waiting for a 401', async () => {
    const { api, client: c } = client(
      {
        'POST /auth/refresh': () => tokens(2),
        'GET /plan-versions': () => ({ status: 200, body: [] }),
      },
      session({ expiresAt: Date.now() + 5_000 }),
    );
    await c.fetchJson('/plan-versions');
    expect(api.calls.map((call) => call.url)).toEqual([
      '/api/v1/auth/refresh',
      '/api/v1/auth/me',
      '/api/v1/plan-versions',
    ]);
    expect(api.calls[2].authorization).toBe('Bearer access-2');
  });

  it('spends a refresh token once even when several calls need a refresh at the same time', async () => {
    let refreshes = 0;
    const { client: c } = client(
      {
        'POST /auth/refresh': () => tokens(2 + refreshes++),
        'GET /plan-kpis': () => ({ status: 200, body: [] }),
      },
      session({ expiresAt: Date.now() - 1 }),
    );
    await Promise.all([
      c.fetchJson('/plan-kpis'),
      c.fetchJson('/plan-kpis'),
      c.fetchJson('/plan-kpis'),
    ]);
    expect(refreshes).toBe(1);
  });

  it('uses the pair another tab obtained instead of spending the old refresh token again', async () => {
    const {
      api,
      store,
      client: c,
    } = client({ 'GET /plan-kpis': () => ({ status: 200, body: [] }) });
    const stale = store.current!;
    store.write(session({ accessToken: 'access-9', refreshToken: 'refresh-9' }));
    await expect(c.refresh(stale)).resolves.toMatchObject({ refreshToken: 'refresh-9' });
    expect(api.calls).toEqual([]);
  });

  it('ends the session when the refresh is refused (a reused token ends the sign-in)', async () => {
    const { store, client: c } = client({
      'GET /plan-versions': () => unauthorized('invalid_token'),
      'POST /auth/refresh': () => unauthorized('invalid_refresh_token'),
    });
    const failure = await c.fetchJson('/plan-versions').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HttpError);
    expect(failure).toMatchObject({ status: 401, message: 'tracker.errors.invalid_refresh_token' });
    expect(store.current).toBeNull();
  });

  it('keeps the session when the refresh fails for a server outage', async () => {
    const { store, client: c } = client(
      {
        'POST /auth/refresh': () => ({
          status: 503,
          body: { statusCode: 503, code: 'database_unavailable', message: 'down' },
        }),
      },
      session({ expiresAt: Date.now() - 1 }),
    );
    await expect(c.fetchJson('/plan-versions')).rejects.toMatchObject({ status: 503 });
    expect(store.current?.refreshToken).toBe('refresh-1');
  });

  it('puts field details where react-admin forms show them', async () => {
    const { client: c } = client({
      'POST /plan-versions/v1/approve': () => ({
        status: 400,
        body: {
          statusCode: 400,
          code: 'validation_failed',
          message: 'Validation failed',
          details: [{ field: 'cabinetDecisionDate', message: 'must not be in the future' }],
        },
      }),
    });
    const failure = await c
      .fetchJson('/plan-versions/v1/approve', { method: 'POST', body: '{}' })
      .catch((e: HttpError) => e);
    expect((failure as HttpError).body.errors).toEqual({
      cabinetDecisionDate: 'must not be in the future',
      root: { serverError: 'tracker.errors.validation_failed' },
    });
  });

  it('says field problems in the user’s language by their rule, and in the API’s English when the rule is unknown', async () => {
    const api = fakeApi({
      'POST /incidents': () => ({
        status: 400,
        body: {
          statusCode: 400,
          code: 'validation_failed',
          message: 'Validation failed',
          details: [
            {
              field: 'titleJa',
              message: 'titleJa must be shorter than or equal to 200 characters',
              rule: 'isLength',
              args: { min: 1, max: 200 },
            },
            { field: 'occurredOn', message: 'not after today', rule: 'isDateNotFuture' },
            {
              field: 'sector',
              message: 'sector must be one of the following values: finance, health',
              rule: 'isIn',
              args: { values: 'finance, health' },
            },
            { field: 'extra', message: 'extra is not a known field', rule: 'unknownField' },
            { field: 'note', message: 'note breaks a rule added later', rule: 'isSomethingNew' },
            { field: 'body', message: 'body must be a JSON object' },
          ],
        },
      }),
    });
    const translated = new ApiClient({
      baseUrl: '/api/v1',
      store: memoryStore(session()),
      fetch: api.fetch,
      exclusive: (work) => work(),
      translate: (key, options) => i18nProvider.translate(key, options),
    });
    const errorsOf = async () =>
      (
        (await translated
          .fetchJson('/incidents', { method: 'POST', body: '{}' })
          .catch((e: HttpError) => e)) as HttpError
      ).body.errors;
    const untranslated = {
      note: 'note breaks a rule added later',
      body: 'body must be a JSON object',
      root: { serverError: 'tracker.errors.validation_failed' },
    };
    // Each language's words for titleJa, occurredOn, sector and extra.
    const said = {
      ja: [
        '1〜200 文字で入力してください',
        '今日以前の日付（YYYY-MM-DD）を入力してください',
        '次のいずれかを選んでください: finance, health',
        'この項目は受け付けられません',
      ],
      en: [
        'Between 1 and 200 characters',
        'A date (YYYY-MM-DD) not after today',
        'Choose one of: finance, health',
        'This field is not accepted here',
      ],
    };
    try {
      for (const [locale, [titleJa, occurredOn, sector, extra]] of Object.entries(said)) {
        await i18nProvider.changeLocale(locale);
        expect(await errorsOf()).toEqual({ titleJa, occurredOn, sector, extra, ...untranslated });
      }
    } finally {
      await i18nProvider.changeLocale('ja');
    }
  });

  it('signs out on the server and forgets the session even when the server is gone', async () => {
    const { api, store, client: c } = client({ 'POST /auth/logout': () => ({ status: 204 }) });
    await c.logout();
    expect(api.calls[0]).toMatchObject({
      url: '/api/v1/auth/logout',
      authorization: 'Bearer access-1',
    });
    expect(store.current).toBeNull();
    const offline = new ApiClient({
      baseUrl: '/api/v1',
      store: memoryStore(session()),
      fetch: () => Promise.reject(new TypeError('offline')),
    });
    await expect(offline.logout()).resolves.toBeUndefined();
    expect(offline.session()).toBeNull();
  });
});
