import { todayInJapan } from '@tracker/core';
import { lastCompletePeriod, nextPeriod, periodOf, previousPeriod } from '@tracker/pdca';
import {
  approvedPlan,
  coordinatorOf,
  measureBody,
  kpiBody,
  reportBody,
  type ApprovedPlan,
} from '../../../../test/do-fixtures';
import { TestApp } from '../../../../test/test-app';

const CORRECTION = {
  narrativeJa: '集計を訂正した。',
  rating: 'amber',
  ratingRationale: 'Figures corrected',
  accountablePerson: '経済産業省 情報経済課長',
  correctionReason: '集計誤り',
};

describe('progress reports: append-only rating history (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let plan: ApprovedPlan;
  let meti: string;
  let mic: string;
  let cao: string;
  const last = lastCompletePeriod(todayInJapan());
  const before = previousPeriod(last);

  beforeAll(async () => {
    t = await TestApp.start();
    plan = await approvedPlan(t);
    meti = await coordinatorOf(t, 'meti');
    mic = await coordinatorOf(t, 'mic');
    cao = await t.tokenOf('coordinator');
  });
  afterAll(() => t.stop());

  async function runningMeasure(over: Record<string, unknown> = {}) {
    const measure = await t.post(
      '/measures',
      measureBody([plan.objectives[0].id], { startDate: before.start, ...over }),
      meti,
    );
    expect(measure.status).toBe(201);
    expect((await t.post(`/measures/${measure.body.id}/start`, {}, meti)).status).toBe(200);
    const kpi = await t.post(
      '/measure-kpis',
      kpiBody(measure.body.id, { planKpiId: plan.kpis[0].id }),
      meti,
    );
    expect(kpi.status).toBe(201);
    return { measure: measure.body, kpi: kpi.body };
  }

  it('keeps every rating dated and visible: a correction supersedes, never overwrites', async () => {
    const { measure, kpi } = await runningMeasure();
    const first = await t.post(
      '/progress-reports',
      reportBody(measure.id, before.label, {
        rating: 'amber',
        indicatorValues: [{ measureKpiId: kpi.id, value: 400 }],
      }),
      meti,
    );
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      status: 'submitted',
      period: before.label,
      periodStart: before.start,
      periodEnd: before.end,
      indicatorValues: [{ measureKpiId: kpi.id, value: 400 }],
      actions: ['correct'],
    });
    const second = await t.post(
      '/progress-reports',
      reportBody(measure.id, last.label, { rating: 'amber_red' }),
      meti,
    );
    expect(second.status).toBe(201);

    const twice = await t.post('/progress-reports', reportBody(measure.id, last.label), meti);
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'report_exists', currentReportId: second.body.id });

    const corrected = await t.post(
      `/progress-reports/${second.body.id}/correct`,
      { ...reportBody(measure.id, last.label, { rating: 'red' }), correctionReason: '集計誤り' },
      meti,
    );
    expect(corrected.status).toBe(400); // measureId and period belong to the report corrected
    const correction = await t.post(
      `/progress-reports/${second.body.id}/correct`,
      {
        narrativeJa: '調達の遅延が判明した。',
        rating: 'red',
        ratingRationale: 'Procurement slipped by two quarters',
        accountablePerson: '経済産業省 情報経済課長',
        correctionReason: '遅延判明のため評価を訂正',
      },
      meti,
    );
    expect(correction.status).toBe(201);
    expect(correction.body).toMatchObject({
      status: 'submitted',
      period: last.label,
      supersedesId: second.body.id,
      rating: 'red',
      correctionReason: '遅延判明のため評価を訂正',
    });

    const old = await t.get(`/progress-reports/${second.body.id}`, meti);
    expect(old.body).toMatchObject({
      status: 'superseded',
      rating: 'amber_red',
      supersededById: correction.body.id,
      actions: [],
    });
    const again = await t.post(
      `/progress-reports/${second.body.id}/correct`,
      { ...CORRECTION, rating: 'green' },
      meti,
    );
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('invalid_transition');

    const all = await t.get(
      `/progress-reports?filter={"measureId":"${measure.id}"}&sort=["createdAt","ASC"]`,
      meti,
    );
    expect(all.body.map((r: any) => [r.period, r.rating, r.status])).toEqual([
      [before.label, 'amber', 'submitted'],
      [last.label, 'amber_red', 'superseded'],
      [last.label, 'red', 'submitted'],
    ]);
    expect(all.body.every((r: any) => typeof r.createdAt === 'string')).toBe(true);
    const current = await t.get(
      `/progress-reports?filter={"measureId":"${measure.id}","current":true}`,
      meti,
    );
    expect(current.body.map((r: any) => r.rating)).toEqual(['red', 'amber']);

    const view = await t.get(`/measures/${measure.id}`, meti);
    expect(view.body).toMatchObject({ currentRating: 'red', currentRatingPeriod: last.label });
    const history = await t.get(`/progress-reports/${second.body.id}/history`, meti);
    expect(history.body.map((e: any) => e.action)).toEqual([
      'progress_report.submit',
      'progress_report.correct',
    ]);
  });

  it('keeps one current report per period when two are submitted at once', async () => {
    const { measure } = await runningMeasure();
    const results = await Promise.all(
      ['green', 'red', 'amber'].map((rating) =>
        t.post('/progress-reports', reportBody(measure.id, last.label, { rating }), meti),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const [{ n }] = await t.sql(
      `SELECT count(*)::int AS n FROM progress_report WHERE measure_id = $1`,
      [measure.id],
    );
    expect(n).toBe(1);
  });

  it('refuses to edit or delete a report in the database too', async () => {
    const { measure } = await runningMeasure();
    const report = await t.post('/progress-reports', reportBody(measure.id, last.label), meti);
    await expect(
      t.sql(`UPDATE progress_report SET rating = 'green' WHERE id = $1`, [report.body.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.sql(`DELETE FROM progress_report WHERE id = $1`, [report.body.id]),
    ).rejects.toThrow(/append-only/);
    await expect(t.sql(`TRUNCATE progress_report CASCADE`)).rejects.toThrow(/append-only/);
    expect((await t.get(`/progress-reports/${report.body.id}`, meti)).body.rating).toBe('green');
  });

  it('takes reports from the lead ministry and the Cabinet Office only', async () => {
    const { measure } = await runningMeasure();
    const refused = await t.post('/progress-reports', reportBody(measure.id, last.label), mic);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('outside_ministry');
    const byCao = await t.post('/progress-reports', reportBody(measure.id, last.label), cao);
    expect(byCao.status).toBe(201);
    const foreign = await t.post(`/progress-reports/${byCao.body.id}/correct`, CORRECTION, mic);
    expect(foreign.status).toBe(403);
    expect((await t.get(`/progress-reports/${byCao.body.id}`, mic)).body.status).toBe('submitted');
    const analyst = await t.post(
      '/progress-reports',
      reportBody(measure.id, before.label),
      await t.tokenOf('analyst'),
    );
    expect(analyst.status).toBe(403);
  });

  it('takes reports only for periods that have begun, since the measure started, once it runs', async () => {
    const { measure } = await runningMeasure();
    const future = nextPeriod(periodOf(todayInJapan()));
    const early = await t.post('/progress-reports', reportBody(measure.id, future.label), meti);
    expect(early.status).toBe(422);
    expect(early.body.details).toEqual([{ field: 'period', message: expect.any(String) }]);
    const beforeStart = await t.post(
      '/progress-reports',
      reportBody(measure.id, previousPeriod(before).label),
      meti,
    );
    expect(beforeStart.status).toBe(422);
    expect(beforeStart.body.code).toBe('period_before_start');
    const current = await t.post(
      '/progress-reports',
      reportBody(measure.id, periodOf(todayInJapan()).label),
      meti,
    );
    expect(current.status).toBe(201);

    const planned = await t.post('/measures', measureBody([plan.objectives[0].id]), meti);
    const notStarted = await t.post(
      '/progress-reports',
      reportBody(planned.body.id, last.label),
      meti,
    );
    expect(notStarted.status).toBe(409);
    expect(notStarted.body.code).toBe('not_reportable');
  });

  it('filters and sorts measures by their current rating', async () => {
    const rated: Record<string, string> = {};
    for (const rating of ['red', 'green', 'amber_green']) {
      const { measure } = await runningMeasure({ code: `M-RAG-${rating}` });
      await t.post('/progress-reports', reportBody(measure.id, last.label, { rating }), meti);
      rated[rating] = measure.id;
    }
    const byRating = await t.get(
      `/measures?filter={"q":"M-RAG-","rating":["red","amber_green"]}&sort=["rating","ASC"]`,
      meti,
    );
    expect(byRating.body.map((m: any) => m.currentRating)).toEqual(['amber_green', 'red']);
    const sorted = await t.get(`/measures?filter={"q":"M-RAG-"}&sort=["rating","DESC"]`, meti);
    expect(sorted.body.map((m: any) => m.id)).toEqual([rated.red, rated.amber_green, rated.green]);
  });

  it('keeps a KPI that has reported values, with the reports that refer to it', async () => {
    const { measure, kpi } = await runningMeasure();
    await t.post(
      '/progress-reports',
      reportBody(measure.id, last.label, { indicatorValues: [{ measureKpiId: kpi.id, value: 5 }] }),
      meti,
    );
    const removed = await t.delete(`/measure-kpis/${kpi.id}`, meti);
    expect(removed.status).toBe(409);
    expect(removed.body.code).toBe('in_use');
  });
});
