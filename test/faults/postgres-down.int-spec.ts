import { TestApp } from '../test-app';
import { TempPostgres } from '../support/postgres-cluster';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(200);
  }
  throw new Error('condition not reached in time');
}

describe('PostgreSQL stopped under load (its own cluster on a spare port)', () => {
  let pg: TempPostgres;
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    pg = await TempPostgres.create();
    t = await TestApp.start({}, pg.url);
    token = await t.tokenOf('coordinator');
  }, 60_000);
  afterAll(async () => {
    await t.stop();
    pg.destroy();
  });

  it('answers 503 quickly, fails readiness, recovers by itself and loses nothing it acknowledged', async () => {
    // A request counts for a phase only if it started and ended in it.
    const results: { status: number; ms: number; phase: string; id?: string }[] = [];
    let phase = 'up';
    let running = true;
    const writer = async (n: number) => {
      for (let i = 0; running; i++) {
        const started = Date.now();
        const startPhase = phase;
        const response = await t
          .post('/plan-versions', { titleJa: `負荷${n}-${i}`, titleEn: `Load ${n}-${i}` }, token)
          .catch(() => ({ status: 0, body: undefined as any }));
        results.push({
          status: response.status,
          ms: Date.now() - started,
          phase: startPhase === phase ? phase : 'between',
          id: response.body?.id,
        });
        if (response.status !== 201) await sleep(20);
      }
    };
    const writers = [1, 2, 3, 4].map(writer);

    await sleep(1500);
    pg.stop('immediate');
    phase = 'down';
    await sleep(2500);
    const ready = await t.get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ statusCode: 503, code: 'not_ready' });

    pg.start();
    phase = 'recovering';
    await waitFor(async () => (await t.get('/health/ready')).status === 200, 20_000);
    phase = 'recovered';
    await sleep(1500);
    running = false;
    await Promise.all(writers);

    const during = results.filter((r) => r.phase === 'down');
    const after = results.filter((r) => r.phase === 'recovered');
    expect(results.filter((r) => r.phase === 'up' && r.status === 201).length).toBeGreaterThan(0);
    expect(during.length).toBeGreaterThan(0);
    // Down: every answer is a 503 (never a 500 or a hang), and it comes quickly.
    expect([...new Set(during.map((r) => r.status))]).toEqual([503]);
    expect(Math.max(...during.map((r) => r.ms))).toBeLessThan(3000);
    // Recovered without restarting the API.
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((r) => r.status === 201)).toBe(true);
    expect(results.some((r) => r.status >= 500 && r.status !== 503)).toBe(false);

    // Everything acknowledged is there with its audit event; nothing exists half-written.
    const rows = await t.sql<{ id: string; audits: number }>(
      `SELECT v.id, (SELECT count(*)::int FROM audit_event e
                      WHERE e.entity_id = v.id::text AND e.action = 'plan_version.create') AS audits
         FROM plan_version v`,
    );
    const stored = new Map(rows.map((r) => [r.id, r.audits]));
    const acknowledged = results.filter((r) => r.status === 201).map((r) => r.id as string);
    expect(acknowledged.filter((id) => stored.get(id) !== 1)).toEqual([]);
    expect(rows.filter((r) => r.audits !== 1)).toEqual([]);

    const verification = await t.get('/audit-events/verify', await t.tokenOf('auditor'));
    expect(verification.body).toMatchObject({ intact: true, pendingEvents: 0 });
  }, 90_000);
});
