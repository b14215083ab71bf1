import { memoryStore, session } from './fake-api';
import { sendAnonymousToLogin } from './login-redirect';

describe('sendAnonymousToLogin', () => {
  const history = () => {
    const calls: unknown[][] = [];
    return { calls, replaceState: (...args: unknown[]) => void calls.push(args) };
  };

  it('opens the sign-in page at once, remembering the page that was asked for', () => {
    const h = history();
    expect(
      sendAnonymousToLogin(memoryStore(), { pathname: '/plan-kpis', search: '?page=2' }, h),
    ).toBe(true);
    expect(h.calls).toEqual([
      [
        { usr: { nextPathname: '/plan-kpis', nextSearch: '?page=2' }, key: 'default', idx: 0 },
        '',
        '/login',
      ],
    ]);
  });

  it('leaves signed-in users and the sign-in page alone', () => {
    const h = history();
    expect(sendAnonymousToLogin(memoryStore(session()), { pathname: '/', search: '' }, h)).toBe(
      false,
    );
    expect(sendAnonymousToLogin(memoryStore(), { pathname: '/login', search: '' }, h)).toBe(false);
    expect(h.calls).toEqual([]);
  });
});
