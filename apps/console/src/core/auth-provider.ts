import type { Permission } from '@tracker/contracts';
import { HttpError, type AuthProvider, type UserIdentity } from 'ra-core';
import type { ResourceAccess } from './access';
import { canAccess } from './access';
import type { ApiClient } from './api-client';

/**
 * Sign-in for react-admin over the API's token pair. Permissions come from `/auth/me` and
 * decide, through `canAccess`, which menu entries, pages and buttons react-admin shows.
 */
export function trackerAuthProvider(
  client: ApiClient,
  accessOf: (resource: string) => ResourceAccess | undefined,
): AuthProvider {
  const permissions = (): Permission[] => client.session()?.permissions ?? [];
  return {
    login: async ({ username, password }: { username: string; password: string }) => {
      await client.login(username.trim(), password);
    },
    logout: () => client.logout(),
    // Not signed in yet is no error worth a message: go to the sign-in page quietly.
    checkAuth: () => (client.session() ? Promise.resolve() : Promise.reject({ message: false })),
    checkError: async (error: { status?: number }) => {
      // 403 means "not this", not "not you": stay signed in and let the page say so.
      if (error?.status === 401) {
        await client.logout();
        throw new HttpError('tracker.errors.session_revoked', 401);
      }
    },
    getIdentity: async (): Promise<UserIdentity> => {
      const session = client.session();
      if (!session) throw new HttpError('ra.auth.auth_check_error', 401);
      return { ...session.user, fullName: session.user.displayName };
    },
    getPermissions: async () => permissions(),
    // The user's side only: react-admin caches this per record id, not per record state.
    canAccess: async ({ resource, action }) => canAccess(permissions(), accessOf(resource), action),
  };
}
