/** Everything the processes read from the environment, parsed once and typed. */
export interface AppConfig {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  databaseUrl: string;
  redisUrl: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  login: {
    /** Failed sign-ins allowed per account, and per client address, within the window. */
    maxFailuresPerAccount: number;
    maxFailuresPerClient: number;
    windowSeconds: number;
  };
  trustProxy: boolean;
  logLevel: string;
  /** Seal audit events into the hash chain from this process, every N ms (0 = off). */
  auditSealIntervalMs: number;
  demoPassword: string;
  /**
   * Requests for information must avoid heavy burdens: a new request to an organisation that
   * already has this many open requests, or this many in the last twelve months, needs an
   * explicit justification.
   */
  burden: { openRequests: number; requestsPerYear: number };
  queue: {
    /** Prefix of every Redis key of the queues (tests use their own). */
    prefix: string;
    /** How often the worker relays new outbox events to the queues. */
    outboxPollMs: number;
    /** Jobs one worker process runs at once, per queue. */
    concurrency: number;
    /** How long a job's lock lives without renewal: a killed worker's job is retried after it. */
    lockMs: number;
    /** First retry delay; each further retry waits twice as long. */
    backoffMs: number;
    /** Register the scheduled scans (cron) from this worker. */
    schedules: boolean;
    /**
     * Redis may restart without its data. This often the worker checks that the jobs of events
     * relayed at least this long ago and not yet done, and the schedules, are still in Redis, and
     * puts back what is missing.
     */
    recoveryMs: number;
  };
  mail: {
    /** smtp(s)://user:pass@host:port; without it notifications stay in the in-app inbox only. */
    smtpUrl: string | null;
    from: string;
  };
  /**
   * When set, every review task is due this long after it opens or escalates, instead of its
   * kind's deadline in REVIEW_DEADLINES_MS (for demos and tests).
   */
  reviewDeadlineOverrideMs: number | null;
  /** The built console (index.html and assets) served at `/`; null serves the API only. */
  consoleDir: string | null;
  /**
   * How long a process reuses what the public endpoints computed (the plan with every measure's
   * progress, incident statistics): anyone may call them, as often as they like. 0 = never.
   */
  publicCacheSeconds: number;
}

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/ai_promotion_tracker';
export const DEFAULT_DEMO_PASSWORD = 'demo-password-2025';
const DEV_JWT_SECRET = 'development-only-secret-change-me';

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const mode = (env.NODE_ENV as AppConfig['env']) || 'development';
  const jwtSecret = env.JWT_SECRET || DEV_JWT_SECRET;
  if (mode === 'production' && jwtSecret === DEV_JWT_SECRET) {
    throw new Error('JWT_SECRET must be set in production');
  }
  return {
    env: mode,
    port: int(env.PORT, 3000, 'PORT'),
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    redisUrl: env.REDIS_URL || 'redis://127.0.0.1:6379',
    jwtSecret,
    accessTokenTtlSeconds: int(env.ACCESS_TOKEN_TTL_SECONDS, 900, 'ACCESS_TOKEN_TTL_SECONDS'),
    refreshTokenTtlSeconds: int(
      env.REFRESH_TOKEN_TTL_SECONDS,
      8 * 3600,
      'REFRESH_TOKEN_TTL_SECONDS',
    ),
    login: {
      maxFailuresPerAccount: int(
        env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
        5,
        'LOGIN_MAX_FAILURES_PER_ACCOUNT',
      ),
      maxFailuresPerClient: int(
        env.LOGIN_MAX_FAILURES_PER_CLIENT,
        20,
        'LOGIN_MAX_FAILURES_PER_CLIENT',
      ),
      windowSeconds: int(env.LOGIN_WINDOW_SECONDS, 900, 'LOGIN_WINDOW_SECONDS'),
    },
    trustProxy: env.TRUST_PROXY === 'true',
    logLevel: env.LOG_LEVEL || (mode === 'test' ? 'silent' : 'info'),
    auditSealIntervalMs: int(env.AUDIT_SEAL_INTERVAL_MS, 1000, 'AUDIT_SEAL_INTERVAL_MS'),
    demoPassword: env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    burden: {
      openRequests: int(env.BURDEN_OPEN_REQUESTS, 3, 'BURDEN_OPEN_REQUESTS'),
      requestsPerYear: int(env.BURDEN_REQUESTS_PER_YEAR, 6, 'BURDEN_REQUESTS_PER_YEAR'),
    },
    queue: {
      prefix: env.QUEUE_PREFIX || 'tracker',
      outboxPollMs: int(env.OUTBOX_POLL_MS, 500, 'OUTBOX_POLL_MS'),
      concurrency: int(env.WORKER_CONCURRENCY, 5, 'WORKER_CONCURRENCY'),
      lockMs: int(env.JOB_LOCK_MS, 30_000, 'JOB_LOCK_MS'),
      backoffMs: int(env.JOB_BACKOFF_MS, 5_000, 'JOB_BACKOFF_MS'),
      schedules: env.WORKER_SCHEDULES !== 'false',
      recoveryMs: int(env.QUEUE_RECOVERY_MS, 60_000, 'QUEUE_RECOVERY_MS'),
    },
    mail: {
      smtpUrl: env.SMTP_URL || null,
      from: env.MAIL_FROM || 'AI Promotion Act tracker <no-reply@tracker.example>',
    },
    reviewDeadlineOverrideMs: env.REVIEW_DEADLINE_SECONDS
      ? int(env.REVIEW_DEADLINE_SECONDS, 0, 'REVIEW_DEADLINE_SECONDS') * 1000
      : null,
    consoleDir: env.CONSOLE_DIR === undefined ? 'dist/console' : env.CONSOLE_DIR || null,
    publicCacheSeconds: int(env.PUBLIC_CACHE_SECONDS, 60, 'PUBLIC_CACHE_SECONDS'),
  };
}

/** Nest injection token for AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
