import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnitOfWork } from '@tracker/audit';
import { CLEARANCES, MINISTRY_CODES, ROLES } from '@tracker/contracts';
import { ConflictError, NotFoundError, RuleViolationError, type Actor } from '@tracker/core';
import { defineListSpec, fetchPage, type ListRequest, type Page } from '@tracker/database';
import type { DataSource } from 'typeorm';
import { AuthService, toUserView } from './auth.service';
import { hashPassword } from './passwords';
import type { CreateUserDto, DisableUserDto, ResetPasswordDto, UpdateUserDto } from './user.dto';
import { User } from './user.entity';

export const userList = defineListSpec({
  resource: 'users',
  alias: 'u',
  filters: {
    id: { kind: 'uuid', column: 'u.id' },
    q: { kind: 'text', columns: ['u.email', 'u.display_name'] },
    ministry: { kind: 'enum', column: 'u.ministry', values: MINISTRY_CODES },
    role: { kind: 'enumArray', column: 'u.roles', values: ROLES },
    clearance: { kind: 'enum', column: 'u.clearance', values: CLEARANCES },
    disabled: {
      kind: 'condition',
      whenTrue: 'u.disabled_at IS NOT NULL',
      whenFalse: 'u.disabled_at IS NULL',
    },
  },
  sorts: {
    email: 'u.email',
    displayName: 'u.display_name',
    ministry: 'u.ministry',
    createdAt: 'u.created_at',
    lastLoginAt: 'u.last_login_at',
  },
  defaultSort: ['email', 'ASC'],
  tieBreaker: 'u.id',
});

/** Admins' management of accounts; every change is audited like any other record. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly auth: AuthService,
  ) {}

  list(request: ListRequest): Promise<Page<User>> {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u');
    return fetchPage(qb, userList, request);
  }

  async get(id: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user) throw new NotFoundError('user', id);
    return user;
  }

  async create(dto: CreateUserDto, actor: Actor): Promise<User> {
    const email = dto.email.trim().toLowerCase();
    const passwordHash = await hashPassword(dto.password);
    return this.uow.run(actor, async (tx) => {
      const taken = await tx.em.exists(User, { where: { email } });
      if (taken)
        throw new ConflictError(`A user with e-mail ${email} already exists`, 'email_taken');
      const user = tx.em.create(User, {
        email,
        displayName: dto.displayName,
        ministry: dto.ministry,
        roles: dto.roles,
        clearance: dto.clearance ?? 'internal',
        passwordHash,
      });
      return toUserView(await tx.insert(user));
    });
  }

  update(id: string, dto: UpdateUserDto, actor: Actor): Promise<User> {
    return this.uow.run(actor, async (tx) => {
      const user = await tx.lock(User, id, dto.version);
      if (dto.roles && id === actor.userId && !dto.roles.includes('admin')) {
        throw new RuleViolationError(
          'You cannot remove your own admin role',
          'self_lockout',
          'roles',
        );
      }
      Object.assign(user, {
        displayName: dto.displayName ?? user.displayName,
        ministry: dto.ministry ?? user.ministry,
        roles: dto.roles ?? user.roles,
        clearance: dto.clearance ?? user.clearance,
      });
      return toUserView(await tx.save(user));
    });
  }

  disable(id: string, dto: DisableUserDto, actor: Actor): Promise<User> {
    return this.uow.run(actor, async (tx) => {
      if (id === actor.userId) {
        throw new RuleViolationError('You cannot disable your own account', 'self_lockout');
      }
      const user = await tx.lock(User, id);
      if (user.disabledAt)
        throw new ConflictError('The user is already disabled', 'already_disabled');
      user.disabledAt = new Date();
      user.disabledReason = dto.reason;
      await this.auth.revokeAllSessions(tx, id, 'user_disabled');
      return toUserView(await tx.save(user, 'disable'));
    });
  }

  enable(id: string, actor: Actor): Promise<User> {
    return this.uow.run(actor, async (tx) => {
      const user = await tx.lock(User, id);
      if (!user.disabledAt) throw new ConflictError('The user is not disabled', 'not_disabled');
      user.disabledAt = null;
      user.disabledReason = null;
      return toUserView(await tx.save(user, 'enable'));
    });
  }

  async resetPassword(id: string, dto: ResetPasswordDto, actor: Actor): Promise<User> {
    const passwordHash = await hashPassword(dto.password);
    return this.uow.run(actor, async (tx) => {
      const user = await tx.lock(User, id);
      user.passwordHash = passwordHash;
      await this.auth.revokeAllSessions(tx, id, 'password_reset');
      return toUserView(await tx.save(user, 'reset_password'));
    });
  }
}
