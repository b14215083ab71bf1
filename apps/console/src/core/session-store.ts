import type { Clearance, Ministry, Permission, Role } from '@tracker/contracts';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  ministry: Ministry;
  roles: Role[];
  clearance: Clearance;
}

/** A sign-in as the console keeps it: the token pair, when the access token ends, and who it is. */
export interface Session {
  accessToken: string;
  /** Single use: every refresh answers a new one, and presenting a used one ends the sign-in. */
  refreshToken: string;
  /** Epoch milliseconds when the access token expires. */
  expiresAt: number;
  user: SessionUser;
  /** From `/auth/me`; they decide which menu entries, pages and buttons the console shows. */
  permissions: Permission[];
}

export interface SessionStore {
  read(): Session | null;
  write(session: Session): void;
  clear(): void;
}

/**
 * Keeps the session in Web Storage. localStorage lets every tab share one sign-in, which is why
 * refreshes are serialised across tabs (see ApiClient): two tabs spending the same refresh token
 * would look like a stolen token and end the session.
 */
export function storageSessionStore(storage: Storage, key = 'pdca-tracker:session'): SessionStore {
  return {
    read() {
      const raw = storage.getItem(key);
      if (!raw) return null;
      try {
        const session = JSON.parse(raw) as Session;
        return session.accessToken && session.refreshToken ? session : null;
      } catch {
        return null;
      }
    },
    write(session) {
      storage.setItem(key, JSON.stringify(session));
    },
    clear() {
      storage.removeItem(key);
    },
  };
}
