import { ApiClient } from './api-client';
import { trackerAuthProvider } from './auth-provider';
import { fakeApi, ME, memoryStore, session } from './fake-api';

const ACCESS = { 'plan-versions': { read: 'plan.read', write: 'plan.edit' } } as const;

function setup(initial = session()) {
  const api = fakeApi({
    'POST /auth/login': () => ({
      status: 200,
      body: { accessToken: 'a', refreshToken: 'r', expiresIn: 900, tokenType: 'Bearer' },
    }),
    'GET /auth/me': () => ({ status: 200, body: ME }),
    'POST /auth/logout': () => ({ status: 204 }),
  });
  const store = memoryStore(initial);
  const client = new ApiClient({ baseUrl: '/api/v1', store, fetch: api.fetch });
  const auth = trackerAuthProvider(client, (r) => ACCESS[r as keyof typeof ACCESS]);
  return { api, store, auth };
}

const signal = new AbortController().signal;

describe('trackerAuthProvider', () => {
  it('signs in with the e-mail (trimmed) and password of the login form', async () => {
    const { api, store, auth } = setup(null as never);
    await auth.login({ username: ' coordinator@demo.example ', password: 'pw' });
    expect(api.calls[0].body).toEqual({ email: 'coordinator@demo.example', password: 'pw' });
    expect(store.current?.permissions).toEqual(ME.permissions);
  });

  it('requires a session, and reports who is signed in', async () => {
    // { message: false }: react-admin goes to the sign-in page without an error notification.
    await expect(setup(null as never).auth.checkAuth({})).rejects.toEqual({ message: false });
    const { auth } = setup();
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    await expect(auth.getIdentity!()).resolves.toMatchObject({ id: 'u-1', fullName: '内閣 花子' });
    await expect(auth.getPermissions!({})).resolves.toEqual(ME.permissions);
  });

  it('answers canAccess from the permissions of /auth/me', async () => {
    const { auth } = setup();
    const can = (resource: string, action: string) =>
      auth.canAccess!({ resource, action, signal, queryKey: [], meta: undefined } as never);
    await expect(can('plan-versions', 'create')).resolves.toBe(true);
    await expect(can('users', 'list')).resolves.toBe(false);
    const analyst = setup(session({ permissions: ['plan.read'] })).auth;
    await expect(
      analyst.canAccess!({ resource: 'plan-versions', action: 'create' } as never),
    ).resolves.toBe(false);
  });

  it('signs out on 401 (the refresh already failed) but stays signed in on 403', async () => {
    const { store, auth } = setup();
    await expect(auth.checkError({ status: 403 })).resolves.toBeUndefined();
    expect(store.current).not.toBeNull();
    await expect(auth.checkError({ status: 401 })).rejects.toMatchObject({ status: 401 });
    expect(store.current).toBeNull();
  });
});
