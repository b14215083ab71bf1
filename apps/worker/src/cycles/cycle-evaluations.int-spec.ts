import { randomUUID } from 'node:crypto';
import { todayInJapan } from '@tracker/core';
import { CycleEvaluationsService, lastCompletePeriod } from '@tracker/pdca';
import { acceptedFinding, issuedGuidance } from '../../../../test/act-fixtures';
import { create, incidentBody } from '../../../../test/check-fixtures';
import {
  approvedPlan,
  coordinatorOf,
  kpiBody,
  measureBody,
  reportBody,
} from '../../../../test/do-fixtures';
import { TestApp } from '../../../../test/test-app';
import { TestWorker, waitFor } from '../../../../test/test-worker';

/**
 * Cycle evaluations end to end: asked for over HTTP, filled in by the worker from seeded
 * records, downloaded as JSON, CSV and HTML; redelivered jobs and the schedule.
 */
describe('cycle evaluations (HTTP, worker, real PostgreSQL and Redis)', () => {
  let t: TestApp;
  let worker: TestWorker;
  let coordinator: string;
  let guidance: any;

  beforeAll(async () => {
    t = await TestApp.start();
    worker = await TestWorker.start(t.config);
    coordinator = await t.tokenOf('coordinator');
    const analyst = await t.tokenOf('analyst');
    const plan = await approvedPlan(t);
    const meti = await coordinatorOf(t, 'meti');
    const measure = await create(t, '/measures', measureBody([plan.objectives[0].id]), meti);
    const kpi = await create(t, '/measure-kpis', kpiBody(measure.id), meti);
    expect((await t.post(`/measures/${measure.id}/start`, {}, meti)).status).toBe(200);
    await create(
      t,
      '/progress-reports',
      reportBody(measure.id, 'FY2026-Q2', {
        indicatorValues: [{ measureKpiId: kpi.id, value: 1200 }],
      }),
      meti,
    );
    // FY2026-Q2 (July–September): two incidents counted, one confidential left out.
    await create(
      t,
      '/incidents',
      incidentBody({ reportedDate: '2026-08-03', occurredDate: '2026-08-01' }),
      analyst,
    );
    await create(
      t,
      '/incidents',
      incidentBody({
        reportedDate: '2026-09-30',
        occurredDate: '2026-09-29',
        sector: 'healthcare',
        riskCategories: ['privacy', 'malfunction_safety'],
        severity: 'medium',
      }),
      analyst,
    );
    await create(
      t,
      '/incidents',
      incidentBody({ reportedDate: '2026-08-10', confidentiality: 'confidential' }),
      analyst,
    );
    const { findingId } = await acceptedFinding(t);
    guidance = await issuedGuidance(t, [findingId], {}, '2026-07-01');
  });
  afterAll(async () => {
    await worker.stop();
    await t.stop();
  });

  const doneEvaluation = (id: string) =>
    waitFor(async () => {
      const response = await t.get(`/cycle-evaluations/${id}`, coordinator);
      return response.body.status === 'done' ? response.body : null;
    }, `evaluation ${id}`);

  it('evaluates a quarter on demand: the request and its event in one transaction, the worker fills it in', async () => {
    const requested = await t.post(
      '/cycle-evaluations',
      { fiscalYear: 2026, quarter: 2 },
      coordinator,
    );
    expect(requested.status).toBe(202);
    expect(requested.body).toMatchObject({
      cycleId: 2026,
      period: 'FY2026-Q2',
      periodKind: 'quarter',
      startsOn: '2026-07-01',
      endsOn: '2026-09-30',
      status: 'queued',
      report: null,
    });
    const [audit] = await t.sql(
      `SELECT actor_label FROM audit_event WHERE action = 'cycle_evaluation.request' AND entity_id = $1`,
      [requested.body.id],
    );
    expect(audit.actor_label).toBe('coordinator@test.example');
    const [event] = await t.sql(
      `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'cycle.evaluate' AND payload->>'evaluationId' = $1`,
      [requested.body.id],
    );
    expect(event.n).toBe(1);

    const evaluation = await doneEvaluation(requested.body.id);
    const report = evaluation.report;
    expect(report.incidents.reported).toBe(2);
    expect(report.incidents.bySector).toEqual(
      expect.arrayContaining([
        { key: 'finance', n: 1 },
        { key: 'healthcare', n: 1 },
        { key: 'education', n: 0 },
      ]),
    );
    expect(report.incidents.byRisk).toEqual(
      expect.arrayContaining([
        { key: 'privacy', n: 2 },
        { key: 'malfunction_safety', n: 1 },
      ]),
    );
    expect(report.incidents.bySeverity).toEqual(
      expect.arrayContaining([
        { key: 'high', n: 1 },
        { key: 'medium', n: 1 },
      ]),
    );
    expect(report.guidance).toMatchObject({ issued: 1, public: 1 });
    expect(report.measures.active).toBeGreaterThanOrEqual(1);
    expect(report.kpis.items).toEqual([
      expect.objectContaining({
        target: 3000,
        latest: 1200,
        latestPeriod: 'FY2026-Q2',
        progress: 0.4,
        met: false,
      }),
    ]);
    expect(report.planVersions).toHaveLength(1);
    expect(evaluation.generatedAt).toEqual(expect.any(String));

    const csv = await t.get(`/cycle-evaluations/${evaluation.id}/csv`, coordinator);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.body).toContain('FY2026-Q2,Incidents,事案,by sector,finance,1\r\n');
    expect(csv.body).toContain('FY2026-Q2,Incidents,事案,by risk category,privacy,2\r\n');
    expect(csv.body).toContain('FY2026-Q2,Guidance,指導・助言,issued,,1\r\n');
    const asQuery = await t.get(`/cycle-evaluations/${evaluation.id}?format=csv`, coordinator);
    expect(asQuery.body).toBe(csv.body);

    const html = await t.get(
      `/cycle-evaluations/${evaluation.id}/html`,
      await t.tokenOf('auditor'),
    );
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.body).toContain('<h2>事案 <span class="en">/ Incidents</span></h2>');
    expect(html.body).toContain('<td>by risk category</td><td>privacy</td><td class="n">2</td>');
    expect(
      await t.get(`/cycle-evaluations/${evaluation.id}?format=html`, coordinator),
    ).toMatchObject({
      body: html.body,
    });
    expect(guidance.issueDate).toBe('2026-07-01');
  });

  it('stores one report when the job is delivered twice', async () => {
    const requested = await t.post('/cycle-evaluations', { fiscalYear: 2026 }, coordinator);
    const first = await doneEvaluation(requested.body.id);
    expect(first.period).toBe('FY2026');
    const scans = worker.queues.get('scans');
    const again = await scans.add(
      'cycle.evaluate',
      { evaluationId: first.id },
      { jobId: randomUUID() },
    );
    await waitFor(async () => (await again.getState()) === 'completed', 'the redelivery');
    expect((await scans.getJob(again.id!))?.returnvalue).toEqual({ result: 'skipped' });
    const after = await t.get(`/cycle-evaluations/${first.id}`, coordinator);
    expect(after.body.generatedAt).toBe(first.generatedAt);
    expect(after.body.version).toBe(first.version);
    const [generated] = await t.sql(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'cycle_evaluation.generate' AND entity_id = $1`,
      [first.id],
    );
    expect(generated.n).toBe(1);
  });

  it('evaluates the periods just ended on schedule, once each', async () => {
    const scans = worker.queues.get('scans');
    // Today (whatever it is) the schedule evaluates the quarter before the current one.
    const job = await scans.add('scan.cycle-evaluations-due', {}, { jobId: randomUUID() });
    await waitFor(async () => (await job.getState()) === 'completed', 'the scheduled request');
    const [quarter] = await t.sql(
      `SELECT id, period, requested_by_id FROM cycle_evaluation WHERE requested_by_id IS NULL`,
    );
    expect(quarter.requested_by_id).toBeNull();
    expect(quarter.period).toBe(lastCompletePeriod(todayInJapan()).label);
    await doneEvaluation(quarter.id);

    // On 1 April the schedule evaluates the fourth quarter and the fiscal year just ended.
    const service = worker.context.get(CycleEvaluationsService);
    const april = await service.requestScheduled('2026-04-01');
    expect(april).toHaveLength(2);
    expect(await service.requestScheduled('2026-04-01')).toEqual([]);
    const rows = await t.sql(
      `SELECT period, period_kind, starts_on::text, ends_on::text FROM cycle_evaluation WHERE id = ANY($1) ORDER BY period`,
      [april],
    );
    expect(rows).toEqual([
      {
        period: 'FY2025',
        period_kind: 'fiscal_year',
        starts_on: '2025-04-01',
        ends_on: '2026-03-31',
      },
      {
        period: 'FY2025-Q4',
        period_kind: 'quarter',
        starts_on: '2026-01-01',
        ends_on: '2026-03-31',
      },
    ]);
    for (const id of april) await doneEvaluation(id);
    // Before the first cycle there is nothing to evaluate.
    expect(await service.requestScheduled('2020-07-01')).toEqual([]);
  });

  it('refuses bad requests with 400/422/409, never 500, and writes nothing', async () => {
    const before = (await t.sql(`SELECT count(*)::int AS n FROM cycle_evaluation`))[0].n;
    for (const body of [
      {},
      { fiscalYear: 'x' },
      { fiscalYear: 2026, quarter: 5 },
      { fiscalYear: 1.5 },
    ]) {
      expect((await t.post('/cycle-evaluations', body, coordinator)).status).toBe(400);
    }
    const future = await t.post('/cycle-evaluations', { fiscalYear: 2099 }, coordinator);
    expect(future.status).toBe(422);
    const noCycle = await t.post('/cycle-evaluations', { fiscalYear: 2010 }, coordinator);
    expect(noCycle.status).toBe(422);
    expect(noCycle.body.code).toBe('reference_not_found');
    expect((await t.get('/cycle-evaluations/not-a-uuid', coordinator)).status).toBe(400);
    expect((await t.get(`/cycle-evaluations/${randomUUID()}`, coordinator)).status).toBe(404);
    expect((await t.get(`/cycle-evaluations/${randomUUID()}?format=pdf`, coordinator)).status).toBe(
      400,
    );
    expect(
      (await t.post('/cycle-evaluations', { fiscalYear: 2026 }, await t.tokenOf('analyst'))).status,
    ).toBe(403);
    expect((await t.sql(`SELECT count(*)::int AS n FROM cycle_evaluation`))[0].n).toBe(before);

    const [queued] = await t.sql(
      `INSERT INTO cycle_evaluation (cycle_id, period, period_kind, starts_on, ends_on, requested_by_id)
       SELECT 2026, 'FY2026-Q1', 'quarter', '2026-04-01', '2026-06-30', id FROM app_user LIMIT 1 RETURNING id`,
    );
    expect((await t.get(`/cycle-evaluations/${queued.id}/csv`, coordinator)).status).toBe(409);
    expect((await t.get(`/cycle-evaluations/${queued.id}/html`, coordinator)).status).toBe(409);
    const list = await t.get('/cycle-evaluations?filter={"status":"queued"}', coordinator);
    expect(list.body.map((e: any) => e.id)).toContain(queued.id);
  });
});
