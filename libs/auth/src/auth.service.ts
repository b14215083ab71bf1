import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnitOfWork, type Tx } from '@tracker/audit';
import { permissionsOf } from '@tracker/contracts';
import {
  APP_CONFIG,
  UnauthorizedError,
  systemActor,
  type Actor,
  type AppConfig,
} from '@tracker/core';
import type { DataSource, EntityManager } from 'typeorm';
import type { MeResponse, TokenResponse } from './auth.dto';
import { LoginThrottle } from './login-throttle';
import { verifyPassword } from './passwords';
import { actorOf, type PrincipalRow } from './principal';
import { AuthSession, RefreshToken } from './session.entity';
import { User } from './user.entity';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
  requestId: string | null;
}

interface AccessClaims {
  sub: string;
  sid: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toUserView(user: User): User {
  const view = { ...user } as Partial<User>;
  delete view.passwordHash;
  return view as User;
}

const invalidCredentials = () =>
  new UnauthorizedError('Invalid email or password', 'invalid_credentials');
const invalidRefresh = () =>
  new UnauthorizedError(
    'The refresh token is invalid, expired or revoked',
    'invalid_refresh_token',
  );

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(emailInput: string, password: string, client: ClientInfo): Promise<TokenResponse> {
    const email = emailInput.trim().toLowerCase();
    await this.throttle.assertAllowed(email, client.ip);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !passwordOk || user.disabledAt) {
      await this.throttle.recordFailure(email, client.ip);
      const reason = !user
        ? 'unknown_account'
        : !passwordOk
          ? 'wrong_password'
          : 'account_disabled';
      await this.uow.run(systemActor('auth', client.requestId), (tx) =>
        tx.record({
          action: 'auth.login_failed',
          entityType: 'app_user',
          entityId: user?.id ?? null,
          after: { email, reason, clientIp: client.ip },
        }),
      );
      throw invalidCredentials();
    }
    await this.throttle.clearAccount(email);
    return this.uow.run(actorOf(user, client.requestId), async (tx) => {
      const session = await tx.em.save(
        tx.em.create(AuthSession, {
          userId: user.id,
          clientIp: client.ip,
          userAgent: client.userAgent?.slice(0, 500) ?? null,
        }),
      );
      // Plain SQL: a sign-in is not an edit of the account, so its version must not change.
      await tx.em.query('UPDATE app_user SET last_login_at = now() WHERE id = $1', [user.id]);
      await tx.record({
        action: 'auth.login',
        entityType: 'app_user',
        entityId: user.id,
        after: { sessionId: session.id, clientIp: client.ip },
      });
      return { ...(await this.issue(tx.em, user.id, session.id)), user: toUserView(user) };
    });
  }

  async refresh(token: string, client: ClientInfo): Promise<TokenResponse> {
    const [id, secret] = token.split('.');
    if (!id || !secret || !UUID.test(id)) throw invalidRefresh();
    const owner: { user_id: string }[] = await this.dataSource.query(
      'SELECT s.user_id FROM refresh_token t JOIN auth_session s ON s.id = t.session_id WHERE t.id = $1',
      [id],
    );
    const user = owner.length
      ? await this.dataSource.getRepository(User).findOneBy({ id: owner[0].user_id })
      : null;
    if (!user) throw invalidRefresh();

    const outcome = await this.uow.run(actorOf(user, client.requestId), async (tx) => {
      const stored = await tx.em.findOne(RefreshToken, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!stored || !timingSafeEqual(Buffer.from(sha256(secret)), Buffer.from(stored.tokenHash))) {
        return null;
      }
      const session = await tx.em.findOneByOrFail(AuthSession, { id: stored.sessionId });
      if (session.revokedAt || user.disabledAt) return null;
      if (stored.usedAt) {
        // A used token presented again means it leaked: end the whole sign-in.
        await this.revokeSession(tx, session, 'refresh_token_reuse', 'auth.refresh_reuse');
        return null;
      }
      if (stored.expiresAt.getTime() <= Date.now()) return null;
      await tx.em.update(RefreshToken, stored.id, { usedAt: () => 'now()' });
      await tx.em.update(AuthSession, session.id, { lastRefreshedAt: () => 'now()' });
      await tx.record({
        action: 'auth.refresh',
        entityType: 'app_user',
        entityId: user.id,
        after: { sessionId: session.id },
      });
      return { ...(await this.issue(tx.em, user.id, session.id)), user: toUserView(user) };
    });
    if (!outcome) throw invalidRefresh();
    return outcome;
  }

  async logout(actor: Actor, sessionId: string): Promise<void> {
    await this.uow.run(actor, async (tx) => {
      const session = await tx.em.findOneByOrFail(AuthSession, { id: sessionId });
      await this.revokeSession(tx, session, 'logout', 'auth.logout');
    });
  }

  /** Validates an access token and returns who it belongs to, or 401. */
  async authenticate(
    token: string,
    requestId: string | null,
  ): Promise<{ actor: Actor; sessionId: string }> {
    const claims = await this.jwt.verifyAsync<AccessClaims>(token).catch(() => null);
    if (!claims?.sub || !claims.sid || !UUID.test(claims.sid) || !UUID.test(claims.sub)) {
      throw new UnauthorizedError('The access token is invalid or expired', 'invalid_token');
    }
    const rows: PrincipalRow[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.roles, u.ministry, u.clearance
         FROM auth_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND u.disabled_at IS NULL`,
      [claims.sid, claims.sub],
    );
    if (!rows.length) {
      throw new UnauthorizedError('The session has ended; sign in again', 'session_revoked');
    }
    return { actor: actorOf(rows[0], requestId), sessionId: claims.sid };
  }

  async me(actor: Actor): Promise<MeResponse> {
    const user = await this.dataSource
      .getRepository(User)
      .findOneByOrFail({ id: actor.userId ?? '' });
    return { user: toUserView(user), permissions: permissionsOf(user.roles) };
  }

  /** Ends every sign-in of a user (disabled account, new password). */
  async revokeAllSessions(tx: Tx, userId: string, reason: string): Promise<void> {
    await tx.em.query(
      `UPDATE auth_session SET revoked_at = now(), revoked_reason = $2
        WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId, reason],
    );
  }

  private async revokeSession(tx: Tx, session: AuthSession, reason: string, action: string) {
    if (!session.revokedAt) {
      await tx.em.update(AuthSession, session.id, {
        revokedAt: () => 'now()',
        revokedReason: reason,
      });
    }
    await tx.record({
      action,
      entityType: 'app_user',
      entityId: session.userId,
      after: { sessionId: session.id, reason },
    });
  }

  private async issue(em: EntityManager, userId: string, sessionId: string) {
    const secret = randomBytes(32).toString('base64url');
    const stored = await em.save(
      em.create(RefreshToken, {
        sessionId,
        tokenHash: sha256(secret),
        expiresAt: new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000),
      }),
    );
    const claims: AccessClaims = { sub: userId, sid: sessionId };
    return {
      accessToken: await this.jwt.signAsync(claims),
      refreshToken: `${stored.id}.${secret}`,
      tokenType: 'Bearer' as const,
      expiresIn: this.config.accessTokenTtlSeconds,
    };
  }
}
