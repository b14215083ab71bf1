import type { SessionStore } from './session-store';

/**
 * Opens the sign-in page straight away when there is no session. react-admin's own way
 * (requireAuth's catch-all LogoutOnMount) calls authProvider.checkAuth and logout thousands of
 * times before its navigation to /login lands: measured here, 10–15 s of blank page on every
 * first visit (react-admin 5.15, react-router 7; marmelab/react-admin#10764 and #10885).
 * react-router keeps its location state under `usr`; react-admin's login reads `nextPathname`
 * from it to return the user to the page they asked for.
 */
export function sendAnonymousToLogin(
  sessions: SessionStore,
  location: Pick<Location, 'pathname' | 'search'> = window.location,
  history: Pick<History, 'replaceState'> = window.history,
): boolean {
  if (sessions.read() || location.pathname === '/login') return false;
  const state = {
    usr: { nextPathname: location.pathname, nextSearch: location.search },
    key: 'default',
    idx: 0,
  };
  history.replaceState(state, '', '/login');
  return true;
}
