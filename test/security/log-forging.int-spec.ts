import { randomUUID } from 'node:crypto';
import { createDatabaseIfMissing, dropDatabase, withDatabaseName } from '@tracker/database';
import { ApiProcess } from '../support/api-process';

/** Input that would start a new log line, or imitate one, if written unescaped. */
const FORGED = '\n{"level":60,"msg":"forged entry","reqId":"attacker"}\r\n';

describe('log lines cannot be forged through input', () => {
  let api: ApiProcess;
  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = withDatabaseName(
      process.env.TEST_DATABASE_SERVER as string,
      `tracker_test_${process.env.TEST_RUN_ID}_${randomUUID().slice(0, 8)}`,
    );
    await createDatabaseIfMissing(databaseUrl, process.env.TEST_TEMPLATE_DATABASE);
    api = await ApiProcess.start({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'info' });
  }, 60_000);
  afterAll(async () => {
    await api.stop();
    await dropDatabase(databaseUrl);
  });

  it('writes one JSON object per line whatever the URL, headers and body contain', async () => {
    const encoded = encodeURIComponent(FORGED);
    await fetch(`${api.baseUrl}/plan-versions?filter=${encoded}`);
    await fetch(`${api.baseUrl}/no-such/${encoded}`, {
      headers: { 'user-agent': 'x\u0085y\u00a0', 'x-request-id': 'a\tb' },
    });
    await fetch(`${api.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${FORGED}@x.example`, password: 'hunter2-secret-password' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 300));

    const requestLines = api.lines.filter((line) => line.includes('request completed'));
    expect(requestLines.length).toBeGreaterThanOrEqual(3);
    for (const line of api.lines) {
      const entry = JSON.parse(line);
      expect(typeof entry.level).toBe('number');
      expect(entry.msg).not.toBe('forged entry');
      expect(entry.reqId).not.toBe('attacker');
    }
    // Bodies, and so passwords, never reach the log.
    expect(api.lines.join('\n')).not.toContain('hunter2');
  });
});
