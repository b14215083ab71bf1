import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from './user.entity';

/**
 * A sign-in. Access tokens name their session, so revoking it (sign-out, refresh-token reuse,
 * a disabled account) stops every token of that sign-in at once.
 */
@Entity('auth_session')
export class AuthSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_auth_session_user')
  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  user: User;

  @Column({ type: 'uuid' })
  userId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastRefreshedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  revokedReason: string | null;

  @Column({ type: 'text', nullable: true })
  clientIp: string | null;

  @Column({ type: 'text', nullable: true })
  userAgent: string | null;
}

/** One refresh token of a session; each can be used once, and a reused one revokes the session. */
@Entity('refresh_token')
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_refresh_token_session')
  @ManyToOne(() => AuthSession, { onDelete: 'CASCADE', nullable: false })
  session: AuthSession;

  @Column({ type: 'uuid' })
  sessionId: string;

  @Column({ type: 'text' })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}

/** Failed sign-ins counted per key (`account:<email>` or `client:<ip>`) within a window. */
@Entity('login_failure')
export class LoginFailure {
  @Column({ type: 'text', primary: true })
  key: string;

  @Column({ type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'int' })
  failures: number;
}
