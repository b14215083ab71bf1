import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, TooManyRequestsError, type AppConfig } from '@tracker/core';
import type { DataSource } from 'typeorm';

/**
 * Counts failed sign-ins per account and per client address in PostgreSQL, so every API replica
 * sees the same counts. Past the limit, sign-in is refused (even with the right password) until
 * the window ends; the answer is the same whether or not the account exists.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys(email: string, clientIp: string) {
    return { account: `account:${email}`, client: `client:${clientIp}` };
  }

  async assertAllowed(email: string, clientIp: string): Promise<void> {
    const { account, client } = this.keys(email, clientIp);
    const { maxFailuresPerAccount, maxFailuresPerClient, windowSeconds } = this.config.login;
    const rows: { key: string; failures: number; retry_after: number }[] =
      await this.dataSource.query(
        `SELECT key, failures,
                ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()))::int AS retry_after
           FROM login_failure
          WHERE key = ANY($1) AND window_start > now() - make_interval(secs => $2)`,
        [[account, client], windowSeconds],
      );
    for (const row of rows) {
      const limit = row.key === account ? maxFailuresPerAccount : maxFailuresPerClient;
      if (row.failures >= limit) {
        throw new TooManyRequestsError(
          'Too many failed sign-in attempts; try again later',
          Math.max(1, row.retry_after),
        );
      }
    }
  }

  async recordFailure(email: string, clientIp: string): Promise<void> {
    const { account, client } = this.keys(email, clientIp);
    await this.dataSource.query(
      `INSERT INTO login_failure (key, window_start, failures)
       SELECT k, now(), 1 FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_failure.window_start <= now() - make_interval(secs => $2)
                         THEN 1 ELSE login_failure.failures + 1 END,
         window_start = CASE WHEN login_failure.window_start <= now() - make_interval(secs => $2)
                             THEN now() ELSE login_failure.window_start END`,
      [[account, client], this.config.login.windowSeconds],
    );
  }

  async clearAccount(email: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_failure WHERE key = $1', [
      this.keys(email, '').account,
    ]);
  }
}
