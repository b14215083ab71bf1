import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { UsersService } from '@tracker/auth';
import type { Clearance, Ministry, Role } from '@tracker/contracts';
import { loadConfig, systemActor, type AppConfig } from '@tracker/core';
import {
  createDatabaseIfMissing,
  dataSourceOptions,
  dropDatabase,
  withDatabaseName,
} from '@tracker/database';
import { DataSource } from 'typeorm';
import { Pool } from 'pg';
import { createApp } from '../apps/api/src/create-app';
import { deleteQueueKeys } from './support/queue-keys';

export interface HttpResult<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  /** Raw body, sent as is (for malformed JSON and invalid UTF-8 tests). */
  raw?: string | Buffer;
  headers?: Record<string, string>;
}

export const TEST_PASSWORD = 'correct-horse-battery-staple';

/** A user of each role, created in every test database. */
export const TEST_USERS: Record<
  'admin' | 'coordinator' | 'analyst' | 'reviewer' | 'auditor',
  { email: string; ministry: Ministry; roles: Role[]; clearance: Clearance }
> = {
  admin: {
    email: 'admin@test.example',
    ministry: 'digital',
    roles: ['admin'],
    clearance: 'confidential',
  },
  coordinator: {
    email: 'coordinator@test.example',
    ministry: 'cao',
    roles: ['coordinator'],
    clearance: 'internal',
  },
  analyst: {
    email: 'analyst@test.example',
    ministry: 'meti',
    roles: ['analyst'],
    clearance: 'confidential',
  },
  reviewer: {
    email: 'reviewer@test.example',
    ministry: 'cao',
    roles: ['reviewer'],
    clearance: 'confidential',
  },
  auditor: {
    email: 'auditor@test.example',
    ministry: 'cao',
    roles: ['auditor'],
    clearance: 'confidential',
  },
};
export type TestRole = keyof typeof TEST_USERS;

/**
 * A running API on its own fresh database (cloned from the migrated template), listening on a
 * random port of 127.0.0.1, reached over real HTTP.
 */
export class TestApp {
  private readonly tokens = new Map<string, string>();

  private constructor(
    readonly app: NestFastifyApplication,
    readonly baseUrl: string,
    readonly db: Pool,
    readonly config: AppConfig,
  ) {}

  /**
   * `server` runs the API against another PostgreSQL server (a fault test's own cluster): the
   * database is created and migrated there instead of cloned from the template.
   */
  static async start(overrides: Partial<AppConfig> = {}, server?: string): Promise<TestApp> {
    const template = process.env.TEST_TEMPLATE_DATABASE;
    const name = `tracker_test_${process.env.TEST_RUN_ID}_${randomUUID().slice(0, 8)}`;
    const databaseUrl = withDatabaseName(
      server ?? (process.env.TEST_DATABASE_SERVER as string),
      name,
    );
    if (server) {
      await createDatabaseIfMissing(databaseUrl);
      const dataSource = await new DataSource(
        dataSourceOptions(databaseUrl, [], { poolSize: 1 }),
      ).initialize();
      await dataSource.runMigrations({ transaction: 'each' });
      await dataSource.destroy();
    } else {
      if (!process.env.TEST_DATABASE_SERVER || !template)
        throw new Error('integration tests need jest globalSetup');
      await createDatabaseIfMissing(databaseUrl, template);
    }
    const loaded = loadConfig({ ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl });
    const config: AppConfig = {
      ...loaded,
      auditSealIntervalMs: 0,
      // Each test file has its own queues on the shared Redis; stop() deletes their keys.
      queue: {
        ...loaded.queue,
        prefix: `test-${process.env.TEST_RUN_ID}-${randomUUID().slice(0, 8)}`,
        outboxPollMs: 50,
        backoffMs: 100,
        schedules: false,
      },
      consoleDir: null,
      // Public answers are cached in production; tests read what they just wrote.
      publicCacheSeconds: 0,
      ...overrides,
    };
    const app = await createApp(config);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address() as { port: number };
    const db = new Pool({ connectionString: databaseUrl, max: 4 });
    // An idle connection dropped by a stopped server is just discarded (fault tests do this).
    db.on('error', () => undefined);
    const testApp = new TestApp(app, `http://127.0.0.1:${address.port}/api/v1`, db, config);
    await testApp.createUsers();
    return testApp;
  }

  private async createUsers() {
    const users = this.app.get(UsersService);
    for (const user of Object.values(TEST_USERS)) {
      await users.create(
        { ...user, displayName: user.email, password: TEST_PASSWORD },
        systemActor('test'),
      );
    }
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.db.end();
    await dropDatabase(this.config.databaseUrl).catch(() => undefined);
    await deleteQueueKeys(this.config.redisUrl, this.config.queue.prefix);
  }

  async request<T = any>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<HttpResult<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | Buffer | undefined;
    if (options.raw !== undefined) {
      body = options.raw;
      headers['content-type'] ??= 'application/json';
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: response.status, headers: response.headers, body: parsed as T };
  }

  get = <T = any>(path: string, token?: string) => this.request<T>('GET', path, { token });
  post = <T = any>(path: string, body?: unknown, token?: string) =>
    this.request<T>('POST', path, { body, token });
  put = <T = any>(path: string, body?: unknown, token?: string) =>
    this.request<T>('PUT', path, { body, token });
  delete = <T = any>(path: string, token?: string) => this.request<T>('DELETE', path, { token });

  async login(email: string, password = TEST_PASSWORD) {
    return this.post('/auth/login', { email, password });
  }

  /** An access token of the test user of `role`, signed in once per test file. */
  async tokenOf(role: TestRole): Promise<string> {
    const cached = this.tokens.get(role);
    if (cached) return cached;
    const response = await this.login(TEST_USERS[role].email);
    if (response.status !== 200) throw new Error(`login as ${role} failed: ${response.status}`);
    this.tokens.set(role, response.body.accessToken);
    return response.body.accessToken;
  }

  /** Runs SQL directly, bypassing the API (to check what was written, or to tamper). */
  async sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
    return (await this.db.query(text, params)).rows as T[];
  }

  /** Row counts of every table, to prove a rejected request changed nothing. */
  async tableCounts(): Promise<Record<string, number>> {
    const tables = await this.sql<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('schema_migration', 'login_failure') ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      const [{ n }] = await this.sql<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`);
      counts[name] = n;
    }
    return counts;
  }
}
