import { todayInJapan } from '@tracker/core';
import { IncidentStatistics } from '@tracker/pdca';
import {
  create,
  incidentBody,
  openInvestigation,
  unclearedToken,
} from '../../../../test/check-fixtures';
import { acceptedFinding, issuedGuidance } from '../../../../test/act-fixtures';
import { approvedPlan, measureBody, milestoneBody, reportBody } from '../../../../test/do-fixtures';
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

  it('counts measures as the measure list does: the same late ones, the latest ratings', async () => {
    const coordinator = await t.tokenOf('coordinator');
    const plan = await approvedPlan(t);
    const objectives = plan.objectives.map((o: any) => o.id);
    const make = async (over: Record<string, unknown>) =>
      (await t.post('/measures', measureBody(objectives, over), coordinator)).body;
    // Started this quarter: no complete quarter to report on yet, whatever today is.
    const [year, month] = todayInJapan().split('-').map(Number);
    const quarterStart = `${year}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
    const onTime = await make({ startDate: quarterStart, dueDate: `${year + 2}-03-31` });
    const overdue = await make({ startDate: '2025-04-01' });
    const unreported = await make({ startDate: '2025-04-01' });
    for (const m of [onTime, overdue, unreported]) {
      expect((await t.post(`/measures/${m.id}/start`, undefined, coordinator)).status).toBe(200);
    }
    await t.post(
      '/measure-milestones',
      milestoneBody(overdue.id, { dueDate: '2025-06-30' }),
      coordinator,
    );
    await t.post(
      '/progress-reports',
      reportBody(overdue.id, 'FY2025-Q1', { rating: 'amber' }),
      coordinator,
    );
    await t.post(
      '/progress-reports',
      reportBody(overdue.id, 'FY2025-Q2', { rating: 'red' }),
      coordinator,
    );

    const panel = (await t.get('/dashboard', coordinator)).body.do;
    const lateIds = (await t.get('/measures?filter={"late":true}', coordinator)).body.map(
      (m: any) => m.id,
    );
    expect(lateIds).toEqual(expect.arrayContaining([overdue.id, unreported.id]));
    expect(lateIds).not.toContain(onTime.id);
    expect(panel.late).toBe(lateIds.length);
    expect(count(panel.byStatus, 'in_progress')).toBe(3);
    expect(count(panel.byRating, 'red')).toBe(1);
    expect(count(panel.byRating, 'amber')).toBe(0);
    expect(count(panel.byRating, 'none')).toBe(2);
  });

  it('counts guidance issued this fiscal year, follow-ups due and amendments pending', async () => {
    const { findingId } = await acceptedFinding(t);
    const today = todayInJapan();
    await issuedGuidance(t, [findingId], { followUpDate: today }, today);
    await issuedGuidance(t, [findingId], {}, '2020-05-01');
    const act = (await t.get('/dashboard', await t.tokenOf('reviewer'))).body.act;
    expect(count(act.guidanceByStatus, 'issued')).toBe(2);
    expect(act.issuedThisFiscalYear).toBe(1);
    expect(act.followUpDue).toBe(1);
    expect(act.amendmentsPending).toBe(0);
    expect(act.amendmentsByStatus.map((c: { key: string }) => c.key)).toEqual([
      'proposed',
      'in_review',
      'approved',
      'rejected',
    ]);
  });
});
