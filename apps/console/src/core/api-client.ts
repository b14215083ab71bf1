import type { Permission } from '@tracker/contracts';
import { HttpError } from 'ra-core';
import { toHttpError, type Translate } from './api-errors';
import type { Session, SessionStore, SessionUser } from './session-store';

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- ra-data-simple-rest's contract
}

export interface RequestOptions extends RequestInit {
  /** Send without the bearer token (sign-in, refresh). */
  anonymous?: boolean;
}

export interface ApiClientOptions {
  /** Where the API lives, e.g. `/api/v1` (same origin as the console). */
  baseUrl: string;
  store: SessionStore;
  fetch?: typeof fetch;
  now?: () => number;
  /**
   * Runs a refresh while no other tab refreshes (Web Locks where the browser has them). The
   * session is re-read inside, so a tab that waited uses the pair the other tab obtained.
   */
  exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
  /**
   * Says field-level problems in the user's language (the i18n provider's `translate`); without
   * it they keep the API's English.
   */
  translate?: Translate;
}

interface TokenAnswer {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

/** Refresh this long before the access token expires, so requests do not race its expiry. */
const REFRESH_MARGIN_MS = 30_000;

const webLock = <T>(work: () => Promise<T>): Promise<T> =>
  typeof navigator !== 'undefined' && navigator.locks
    ? (navigator.locks.request('pdca-tracker:refresh', work) as Promise<T>)
    : work();

/**
 * Every call the console makes to the API: attaches the bearer token, refreshes the token pair
 * before it expires (or once after a 401), and turns error answers into react-admin HttpErrors.
 */
export class ApiClient {
  private refreshing: Promise<Session> | null = null;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;
  private readonly exclusive: <T>(work: () => Promise<T>) => Promise<T>;

  constructor(private readonly options: ApiClientOptions) {
    this.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.now = options.now ?? Date.now;
    this.exclusive = options.exclusive ?? webLock;
  }

  get baseUrl() {
    return this.options.baseUrl;
  }

  session(): Session | null {
    return this.options.store.read();
  }

  async login(email: string, password: string): Promise<Session> {
    const { json } = await this.send('/auth/login', {
      method: 'POST',
      body: JSON.stringify({ email, password }),
      anonymous: true,
    });
    return this.establish(json as TokenAnswer);
  }

  /** Ends the sign-in on the server (best effort) and forgets it here. */
  async logout(): Promise<void> {
    const session = this.session();
    this.options.store.clear();
    if (!session) return;
    await this.send('/auth/logout', {
      method: 'POST',
      headers: { authorization: `Bearer ${session.accessToken}` },
      anonymous: true,
    }).catch(() => undefined);
  }

  /**
   * The HTTP client ra-data-simple-rest calls (the shape of react-admin's fetchUtils.fetchJson),
   * also used for the non-CRUD endpoints. `url` is absolute or relative to the API base.
   */
  fetchJson = async (url: string, options: RequestOptions = {}): Promise<HttpResponse> => {
    if (options.anonymous) return this.send(url, options);
    let session = this.session();
    if (session && session.expiresAt - this.now() < REFRESH_MARGIN_MS) {
      session = await this.refresh(session);
    }
    try {
      return await this.send(url, this.withToken(options, session));
    } catch (error) {
      if (!(error instanceof HttpError) || error.status !== 401 || !session) throw error;
      return this.send(url, this.withToken(options, await this.refresh(session)));
    }
  };

  /**
   * Exchanges the refresh token for a new pair, once at a time: concurrent callers share one
   * refresh, and other tabs wait for it. When it fails the session is over and forgotten.
   */
  refresh(stale: Session): Promise<Session> {
    this.refreshing ??= this.exclusive(async () => {
      const current = this.session();
      if (!current) throw new HttpError('tracker.errors.session_revoked', 401);
      if (current.refreshToken !== stale.refreshToken) return current;
      try {
        const { json } = await this.send('/auth/refresh', {
          method: 'POST',
          body: JSON.stringify({ refreshToken: current.refreshToken }),
          anonymous: true,
        });
        return await this.establish(json as TokenAnswer);
      } catch (error) {
        if (error instanceof HttpError && error.status < 500) this.options.store.clear();
        throw error;
      }
    }).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /** Stores a new token pair with the user and permissions `/auth/me` reports for it. */
  private async establish(tokens: TokenAnswer): Promise<Session> {
    const { json: me } = await this.send('/auth/me', {
      headers: { authorization: `Bearer ${tokens.accessToken}` },
      anonymous: true,
    });
    const session: Session = {
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      expiresAt: this.now() + tokens.expiresIn * 1000,
      user: me.user as SessionUser,
      permissions: me.permissions as Permission[],
    };
    this.options.store.write(session);
    return session;
  }

  private withToken(options: RequestOptions, session: Session | null): RequestOptions {
    if (!session) return options;
    const headers = new Headers(options.headers);
    headers.set('authorization', `Bearer ${session.accessToken}`);
    return { ...options, headers };
  }

  private async send(url: string, options: RequestOptions): Promise<HttpResponse> {
    const { anonymous: _anonymous, ...init } = options;
    const headers = new Headers(init.headers);
    if (!headers.has('accept')) headers.set('accept', 'application/json');
    if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
    const target = /^https?:/.test(url) || url.startsWith(this.baseUrl) ? url : this.baseUrl + url;
    let response: Response;
    try {
      response = await this.fetch(target, { ...init, headers });
    } catch {
      throw new HttpError('tracker.errors.network_error', 0);
    }
    const body = await response.text();
    let json: unknown;
    try {
      json = body ? JSON.parse(body) : undefined;
    } catch {
      json = undefined;
    }
    if (response.status < 200 || response.status >= 300) {
      throw toHttpError(response.status, response.statusText, json, this.options.translate);
    }
    return { status: response.status, headers: response.headers, body, json };
  }
}
