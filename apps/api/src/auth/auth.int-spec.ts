import { TEST_PASSWORD, TEST_USERS, TestApp } from '../../../../test/test-app';

const without = (body: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(body).filter(([k]) => !keys.includes(k)));

describe('sign-in, tokens and sessions (HTTP, real PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('signs in with a short-lived access token and a refresh token; /auth/me tells the console who and what', async () => {
    const login = await t.login(TEST_USERS.coordinator.email);
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 900,
      user: { email: TEST_USERS.coordinator.email, roles: ['coordinator'] },
    });
    expect(login.body.user.passwordHash).toBeUndefined();
    const me = await t.get('/auth/me', login.body.accessToken);
    expect(me.status).toBe(200);
    expect(me.body.user.ministry).toBe('cao');
    expect(me.body.permissions).toEqual(
      expect.arrayContaining(['plan.read', 'plan.edit', 'plan.propose', 'measures.report']),
    );
    expect(me.body.permissions).not.toContain('plan.approve');
    expect(me.body.permissions).not.toContain('users.manage');
  });

  it('accepts the e-mail in any case and with surrounding spaces', async () => {
    const login = await t.post('/auth/login', {
      email: ' Coordinator@TEST.example',
      password: TEST_PASSWORD,
    });
    expect(login.status).toBe(400); // not an e-mail with the spaces
    const upper = await t.post('/auth/login', {
      email: 'COORDINATOR@test.example',
      password: TEST_PASSWORD,
    });
    expect(upper.status).toBe(200);
  });

  it('rotates the refresh token; a reused one is rejected and ends the whole sign-in', async () => {
    const login = await t.login(TEST_USERS.analyst.email);
    const first = await t.post('/auth/refresh', { refreshToken: login.body.refreshToken });
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(login.body.refreshToken);
    expect((await t.get('/auth/me', first.body.accessToken)).status).toBe(200);

    const reuse = await t.post('/auth/refresh', { refreshToken: login.body.refreshToken });
    expect(reuse.status).toBe(401);
    expect(reuse.body.code).toBe('invalid_refresh_token');
    // The family is revoked: the rotated tokens die with it.
    expect((await t.get('/auth/me', first.body.accessToken)).status).toBe(401);
    expect((await t.post('/auth/refresh', { refreshToken: first.body.refreshToken })).status).toBe(
      401,
    );

    const [event] = await t.sql(
      `SELECT action, after FROM audit_event WHERE action = 'auth.refresh_reuse'`,
    );
    expect(event.after.reason).toBe('refresh_token_reuse');
  });

  it('refuses forged, malformed and expired refresh tokens', async () => {
    const login = await t.login(TEST_USERS.analyst.email);
    const [id] = login.body.refreshToken.split('.');
    for (const refreshToken of [
      `${id}.forged-secret`,
      'not-a-token',
      `00000000-0000-4000-8000-000000000000.x`,
    ]) {
      expect((await t.post('/auth/refresh', { refreshToken })).status).toBe(401);
    }
    await t.sql(`UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      id,
    ]);
    expect((await t.post('/auth/refresh', { refreshToken: login.body.refreshToken })).status).toBe(
      401,
    );
  });

  it('signs out: the access token and the refresh token stop working at once', async () => {
    const login = await t.login(TEST_USERS.reviewer.email);
    expect(
      (await t.request('POST', '/auth/logout', { token: login.body.accessToken })).status,
    ).toBe(204);
    const me = await t.get('/auth/me', login.body.accessToken);
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('session_revoked');
    expect((await t.post('/auth/refresh', { refreshToken: login.body.refreshToken })).status).toBe(
      401,
    );
  });

  it('refuses tampered and expired access tokens', async () => {
    const login = await t.login(TEST_USERS.reviewer.email);
    const [header, payload, signature] = login.body.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const elevated = Buffer.from(
      JSON.stringify({ ...claims, sub: '00000000-0000-4000-8000-000000000000' }),
    ).toString('base64url');
    expect((await t.get('/auth/me', `${header}.${elevated}.${signature}`)).status).toBe(401);
    const { JwtService } = await import('@nestjs/jwt');
    const expired = new JwtService({ secret: t.config.jwtSecret }).sign(
      { sub: claims.sub, sid: claims.sid },
      { expiresIn: -10 },
    );
    expect((await t.get('/auth/me', expired)).status).toBe(401);
  });

  it('never tells whether an account exists', async () => {
    const unknown = await t.login('nobody@test.example', 'whatever-password');
    const wrong = await t.login(TEST_USERS.auditor.email, 'whatever-password');
    expect(unknown.status).toBe(401);
    expect(without(unknown.body, 'requestId')).toEqual(without(wrong.body, 'requestId'));
    expect(unknown.body.message).toBe('Invalid email or password');
  });

  it('answers bad sign-in bodies with 400 and field details', async () => {
    for (const [body, field] of [
      [{ email: 'x', password: 'y' }, 'email'],
      [{ email: 'a@b.example' }, 'password'],
      [{ email: 'a@b.example', password: 'y', admin: true }, 'admin'],
      [{ email: ['a@b.example'], password: 'y' }, 'email'],
    ] as const) {
      const response = await t.post('/auth/login', body);
      expect(response.status).toBe(400);
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expect((await t.post('/auth/refresh', { refreshToken: 7 })).status).toBe(400);
  });
});

describe('admins manage accounts; changes take effect at once', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.tokenOf('admin');
  });
  afterAll(() => t.stop());

  async function createUser(email: string, roles = ['coordinator']) {
    const response = await t.post(
      '/users',
      {
        email,
        displayName: '新規 利用者',
        ministry: 'meti',
        roles,
        password: 'a-long-enough-password',
      },
      admin,
    );
    expect(response.status).toBe(201);
    return response.body;
  }

  it('creates an account that can sign in; refuses a duplicate e-mail', async () => {
    const user = await createUser('new.user@test.example');
    expect(user.passwordHash).toBeUndefined();
    expect((await t.login('new.user@test.example', 'a-long-enough-password')).status).toBe(200);
    const duplicate = await t.post(
      '/users',
      {
        email: 'NEW.user@test.example',
        displayName: 'x',
        ministry: 'meti',
        roles: ['analyst'],
        password: 'a-long-enough-password',
      },
      admin,
    );
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('email_taken');
  });

  it('disables an account: its tokens stop working at once and it cannot sign in; enabling restores sign-in', async () => {
    const user = await createUser('to.disable@test.example');
    const login = await t.login('to.disable@test.example', 'a-long-enough-password');
    expect((await t.get('/plan-versions', login.body.accessToken)).status).toBe(200);

    const disabled = await t.post(
      `/users/${user.id}/disable`,
      { reason: 'Moved to another ministry' },
      admin,
    );
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabledReason).toBe('Moved to another ministry');
    expect((await t.get('/plan-versions', login.body.accessToken)).status).toBe(401);
    expect((await t.post('/auth/refresh', { refreshToken: login.body.refreshToken })).status).toBe(
      401,
    );
    const denied = await t.login('to.disable@test.example', 'a-long-enough-password');
    expect(denied.status).toBe(401);
    expect(denied.body.message).toBe('Invalid email or password');
    expect((await t.post(`/users/${user.id}/disable`, { reason: 'again' }, admin)).status).toBe(
      409,
    );

    expect((await t.post(`/users/${user.id}/enable`, undefined, admin)).status).toBe(200);
    expect((await t.login('to.disable@test.example', 'a-long-enough-password')).status).toBe(200);
  });

  it('changes roles with effect on the next request of an existing token', async () => {
    const user = await createUser('role.change@test.example');
    const login = await t.login('role.change@test.example', 'a-long-enough-password');
    const draft = { titleJa: '計画', titleEn: 'Plan' };
    expect((await t.post('/plan-versions', draft, login.body.accessToken)).status).toBe(201);
    const changed = await t.put(
      `/users/${user.id}`,
      { version: user.version, roles: ['auditor'] },
      admin,
    );
    expect(changed.status).toBe(200);
    expect((await t.post('/plan-versions', draft, login.body.accessToken)).status).toBe(403);
    const stale = await t.put(
      `/users/${user.id}`,
      { version: user.version, roles: ['analyst'] },
      admin,
    );
    expect(stale.status).toBe(409);
  });

  it('resets a password: old sign-ins end, the old password stops working', async () => {
    const user = await createUser('reset.me@test.example');
    const login = await t.login('reset.me@test.example', 'a-long-enough-password');
    const reset = await t.post(
      `/users/${user.id}/reset-password`,
      { password: 'another-long-password' },
      admin,
    );
    expect(reset.status).toBe(200);
    expect((await t.get('/auth/me', login.body.accessToken)).status).toBe(401);
    expect((await t.login('reset.me@test.example', 'a-long-enough-password')).status).toBe(401);
    expect((await t.login('reset.me@test.example', 'another-long-password')).status).toBe(200);
    const history = await t.get(`/users/${user.id}/history`, admin);
    expect(history.body.map((e: any) => e.action)).toEqual(
      expect.arrayContaining(['app_user.create', 'app_user.reset_password', 'auth.login']),
    );
    expect(JSON.stringify(history.body)).not.toMatch(/argon2|password_hash|passwordHash/);
  });

  it('does not let an admin lock themselves out', async () => {
    const me = (await t.get('/auth/me', admin)).body.user;
    expect((await t.post(`/users/${me.id}/disable`, { reason: 'oops' }, admin)).status).toBe(422);
    expect(
      (await t.put(`/users/${me.id}`, { version: me.version, roles: ['auditor'] }, admin)).status,
    ).toBe(422);
  });

  it('lists users with filters and answers bad input with 4xx, writing nothing', async () => {
    const list = await t.get('/users?filter={"role":"admin"}&sort=["email","ASC"]', admin);
    expect(list.status).toBe(200);
    expect(list.body.every((u: any) => u.roles.includes('admin'))).toBe(true);
    expect(list.headers.get('content-range')).toMatch(/^users 0-\d+\/\d+$/);

    const before = await t.tableCounts();
    const missing = '00000000-0000-4000-8000-000000000000';
    const valid = {
      email: 'a@test.example',
      displayName: 'x',
      ministry: 'meti',
      roles: ['analyst'],
      password: 'a-long-enough-password',
    };
    const cases: [string, string, unknown, number][] = [
      ['POST', '/users', { ...valid, email: 'bad' }, 400],
      ['POST', '/users', { ...valid, ministry: 'atlantis' }, 400],
      ['POST', '/users', { ...valid, roles: ['superuser'] }, 400],
      ['POST', '/users', { ...valid, roles: [] }, 400],
      ['POST', '/users', { ...valid, password: 'short' }, 400],
      ['PUT', `/users/${missing}`, { version: 1, displayName: 'x' }, 404],
      ['PUT', '/users/1', { version: 1 }, 400],
      ['POST', `/users/${missing}/disable`, { reason: 'x' }, 404],
      ['POST', `/users/${missing}/disable`, {}, 400],
      [
        'POST',
        `/users/${missing}/reset-password`,
        { password: 'a-long-enough-password', extra: 1 },
        400,
      ],
      ['GET', '/users?filter={"role":"king"}', undefined, 400],
      ['GET', `/users/${missing}`, undefined, 404],
    ];
    for (const [method, path, body, status] of cases) {
      const response = await t.request(method, path, { body, token: admin });
      expect(`${method} ${path} → ${response.status}`).toBe(`${method} ${path} → ${status}`);
    }
    expect(await t.tableCounts()).toEqual(before);
  });
});

describe('sign-in throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({
      login: { maxFailuresPerAccount: 3, maxFailuresPerClient: 12, windowSeconds: 60 },
    });
  });
  afterAll(() => t.stop());

  it('throttles an account after repeated failures, even with the right password, with Retry-After', async () => {
    for (let i = 0; i < 3; i++)
      expect((await t.login(TEST_USERS.analyst.email, 'wrong-password')).status).toBe(401);
    const blocked = await t.login(TEST_USERS.analyst.email);
    expect(blocked.status).toBe(429);
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Another account from the same client still signs in.
    expect((await t.login(TEST_USERS.auditor.email)).status).toBe(200);
  });

  it('throttles unknown accounts exactly like known ones', async () => {
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      known.push((await t.login(TEST_USERS.reviewer.email, 'wrong-password')).status);
      unknown.push((await t.login('ghost@test.example', 'wrong-password')).status);
    }
    expect(unknown).toEqual(known);
    expect(known).toEqual([401, 401, 401, 429]);
  });

  it('throttles a client that tries many accounts', async () => {
    // 9 failures so far from 127.0.0.1 (refused attempts do not count); go past the limit of 12.
    let status = 0;
    for (let i = 0; i < 10 && status !== 429; i++) {
      status = (await t.login(`spray${i}@test.example`, 'wrong-password')).status;
    }
    expect(status).toBe(429);
    expect((await t.login(TEST_USERS.coordinator.email)).status).toBe(429);
  });

  it('records failed sign-ins in the audit trail, without the password', async () => {
    const events = await t.sql(
      `SELECT action, actor_label, after FROM audit_event WHERE action = 'auth.login_failed'`,
    );
    expect(events.length).toBeGreaterThanOrEqual(6);
    expect(events[0].actor_label).toBe('system:auth');
    expect(JSON.stringify(events)).not.toContain('wrong-password');
  });
});
