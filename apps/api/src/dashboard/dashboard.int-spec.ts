import { IncidentStatistics } from '@tracker/pdca';
import {
  create,
  incidentBody,
  openInvestigation,
  unclearedToken,
} from '../../../../test/check-fixtures';
import { TestApp } from '../../../../test/test-app';

const count = (views: { key: string; n: number }[], key: string) =>
  views.find((v) => v.key === key)?.n;

describe('the dashboard (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let analyst: string;

  beforeAll(async () => {
    t = await TestApp.start();
    analyst = await t.tokenOf('analyst');
  });
  afterAll(() => t.stop());

  it('counts incidents exactly, before and after the delta log is folded, as they move', async () => {
    const high = await create(t, '/incidents', incidentBody({ severity: 'high' }), analyst);
    await create(t, '/incidents', incidentBody({ severity: 'low' }), analyst);
    await create(
      t,
      '/incidents',
      incidentBody({ severity: 'critical', confidentiality: 'confidential' }),
      analyst,
    );
    const triaged = await t.post(`/incidents/${high.id}/triage`, {}, analyst);
    expect(triaged.status).toBe(200);

    const before = (await t.get('/dashboard', analyst)).body.check;
    expect(before.incidents).toBe(3);
    expect(count(before.incidentsByStatus, 'triaged')).toBe(1);
    expect(count(before.incidentsByStatus, 'reported')).toBe(2);
    expect(count(before.incidentsBySeverity, 'critical')).toBe(1);

    const [{ deltas }] = await t.sql(`SELECT count(*)::int AS deltas FROM incident_stat_delta`);
    expect(deltas).toBe(5); // three inserts, and a -1/+1 pair for the triage
    expect(await t.app.get(IncidentStatistics).fold()).toBe(5);
    const [{ left }] = await t.sql(`SELECT count(*)::int AS left FROM incident_stat_delta`);
    expect(left).toBe(0);
    expect((await t.get('/dashboard', analyst)).body.check).toEqual(before);

    const [{ live }] = await t.sql(
      `SELECT count(*)::int AS live FROM incident WHERE status = 'triaged'`,
    );
    expect(count(before.incidentsByStatus, 'triaged')).toBe(live);
  });

  it('leaves confidential incidents out for readers without clearance', async () => {
    const cleared = (await t.get('/dashboard', analyst)).body.check;
    const uncleared = (await t.get('/dashboard', await unclearedToken(t))).body.check;
    expect(uncleared.incidents).toBe(cleared.incidents - 1);
    expect(count(uncleared.incidentsBySeverity, 'critical')).toBe(
      count(cleared.incidentsBySeverity, 'critical')! - 1,
    );
  });

  it('shows open investigations by age, and each role only the panels it may read', async () => {
    await openInvestigation(t, analyst);
    await t.sql(`UPDATE investigation SET created_at = now() - interval '100 days'`);
    const check = (await t.get('/dashboard', analyst)).body.check;
    expect(check.openInvestigationsByAge).toEqual([
      { key: '0-30', n: 0 },
      { key: '31-90', n: 0 },
      { key: '91-180', n: 1 },
      { key: '181+', n: 0 },
    ]);
    const coordinator = (await t.get('/dashboard', await t.tokenOf('coordinator'))).body;
    expect(coordinator.plan).not.toBeNull();
    expect(coordinator.do).not.toBeNull();
    expect(coordinator.check.openInvestigationsByAge).toBeNull(); // coordinators do not read case files
    const anonymous = await t.get('/dashboard');
    expect(anonymous.status).toBe(401);
  });
});
