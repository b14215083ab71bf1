import { todayInJapan } from '@tracker/core';
import { lastCompletePeriod } from '@tracker/pdca';
import {
  approvedPlan,
  coordinatorOf,
  measureBody,
  kpiBody,
  milestoneBody,
  reportBody,
  type ApprovedPlan,
} from '../../../../test/do-fixtures';
import { TestApp } from '../../../../test/test-app';

describe('measures follow the plan into its amendment (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let plan: ApprovedPlan;
  let meti: string;
  let cao: string;
  const last = lastCompletePeriod(todayInJapan());

  beforeAll(async () => {
    t = await TestApp.start();
    plan = await approvedPlan(t);
    meti = await coordinatorOf(t, 'meti');
    cao = await t.tokenOf('coordinator');
  });
  afterAll(() => t.stop());

  async function measureWithHistory(code: string, objectiveIds: string[]) {
    const measure = (
      await t.post('/measures', measureBody(objectiveIds, { code, startDate: '2025-10-01' }), meti)
    ).body;
    await t.post(`/measures/${measure.id}/start`, {}, meti);
    const milestone = (await t.post('/measure-milestones', milestoneBody(measure.id), meti)).body;
    const kpi = (
      await t.post('/measure-kpis', kpiBody(measure.id, { planKpiId: plan.kpis[1].id }), meti)
    ).body;
    const report = (
      await t.post(
        '/progress-reports',
        reportBody(measure.id, last.label, {
          rating: 'amber',
          indicatorValues: [{ measureKpiId: kpi.id, value: 800 }],
        }),
        meti,
      )
    ).body;
    return { measure, milestone, kpi, report };
  }

  it('links the measures to the draft’s objectives, keeping milestones, KPIs and reports reachable', async () => {
    const open = await measureWithHistory('M-CARRY', [
      plan.objectives[0].id,
      plan.objectives[1].id,
    ]);
    const ended = await measureWithHistory('M-ENDED', [plan.objectives[1].id]);
    await t.put(
      `/measure-milestones/${ended.milestone.id}`,
      { version: ended.milestone.version, doneOn: todayInJapan() },
      meti,
    );
    expect((await t.post(`/measures/${ended.measure.id}/complete`, {}, meti)).status).toBe(200);

    const draft = await t.post(`/plan-versions/${plan.version.id}/amend`, {}, cao);
    expect(draft.status).toBe(201);
    const draftObjectives = (
      await t.get(`/plan-objectives?filter={"planVersionId":"${draft.body.id}"}`, cao)
    ).body;
    const copyOf = (original: any) =>
      draftObjectives.find((o: any) => o.lineageId === original.lineageId);

    const inDraft = await t.get(`/measures?filter={"planVersionId":"${draft.body.id}"}`, cao);
    expect(inDraft.body.map((m: any) => m.code)).toEqual(['M-CARRY']);
    const carried = inDraft.body[0];
    expect(carried).toMatchObject({
      id: open.measure.id,
      planVersionIds: [plan.version.id, draft.body.id],
      currentRating: 'amber',
      currentRatingPeriod: last.label,
    });
    expect(carried.objectiveIds).toEqual([
      plan.objectives[0].id,
      plan.objectives[1].id,
      copyOf(plan.objectives[0]).id,
      copyOf(plan.objectives[1]).id,
    ]);
    const byDraftObjective = await t.get(
      `/measures?filter={"objectiveId":"${copyOf(plan.objectives[1]).id}"}`,
      cao,
    );
    expect(byDraftObjective.body.map((m: any) => m.id)).toEqual([open.measure.id]);

    // The history is the same records, reached from the measure found in the draft.
    const reports = await t.get(`/progress-reports?filter={"measureId":"${carried.id}"}`, cao);
    expect(reports.body.map((r: any) => r.id)).toEqual([open.report.id]);
    const milestones = await t.get(`/measure-milestones?filter={"measureId":"${carried.id}"}`, cao);
    expect(milestones.body.map((m: any) => m.id)).toEqual([open.milestone.id]);
    const kpis = await t.get(`/measure-kpis?filter={"measureId":"${carried.id}"}`, cao);
    expect(kpis.body.map((k: any) => k.id)).toEqual([open.kpi.id]);

    // Forward trace: the draft's copy of the plan KPI finds the measure KPIs that move it.
    const draftKpi = (
      await t.get(`/plan-kpis?filter={"planVersionId":"${draft.body.id}","q":"III-2-K1"}`, cao)
    ).body[0];
    const moving = await t.get(
      `/measure-kpis?filter={"planKpiLineageId":"${draftKpi.lineageId}"}`,
      cao,
    );
    expect(moving.body.map((k: any) => k.id).sort()).toEqual([open.kpi.id, ended.kpi.id].sort());

    const history = await t.get(`/measures/${carried.id}/history`, cao);
    expect(history.body.at(-1)).toMatchObject({
      action: 'measure.carry_forward',
      actorLabel: 'coordinator@test.example',
      after: {
        planVersionId: draft.body.id,
        objectiveIds: [copyOf(plan.objectives[0]).id, copyOf(plan.objectives[1]).id].sort(),
      },
    });
    // The ended measure stays with the plan it served.
    expect((await t.get(`/measures/${ended.measure.id}`, cao)).body.planVersionIds).toEqual([
      plan.version.id,
    ]);

    // Re-linking within the draft leaves the approved version's links alone.
    const relinked = await t.put(
      `/measures/${carried.id}`,
      { version: carried.version, objectiveIds: [copyOf(plan.objectives[1]).id] },
      meti,
    );
    expect(relinked.body.version).toBe(carried.version + 1);
    expect(relinked.body.objectiveIds).toEqual([
      plan.objectives[0].id,
      plan.objectives[1].id,
      copyOf(plan.objectives[1]).id,
    ]);
    const removeServed = await t.delete(`/plan-objectives/${copyOf(plan.objectives[1]).id}`, cao);
    expect(removeServed.status).toBe(409);
    expect(removeServed.body.code).toBe('in_use');
  });

  it('releases the links when the draft is deleted, and the measures stay with the approved plan', async () => {
    const [draft] = (
      await t.get(`/plan-versions?filter={"basedOnId":"${plan.version.id}","status":"draft"}`, cao)
    ).body;
    const draftKpi = (
      await t.get(`/plan-kpis?filter={"planVersionId":"${draft.id}","q":"III-2-K1"}`, cao)
    ).body[0];
    const [carried] = (await t.get(`/measures?filter={"planVersionId":"${draft.id}"}`, cao)).body;
    const kpi = (
      await t.post('/measure-kpis', kpiBody(carried.id, { planKpiId: draftKpi.id }), meti)
    ).body;
    expect(kpi.planKpiId).toBe(draftKpi.id);

    const removed = await t.delete(`/plan-versions/${draft.id}`, cao);
    expect(removed.status).toBe(200);
    const after = (await t.get(`/measures/${carried.id}`, cao)).body;
    expect(after.planVersionIds).toEqual([plan.version.id]);
    expect((await t.get(`/measure-kpis/${kpi.id}`, cao)).body).toMatchObject({
      planKpiId: null,
      planKpiLineageId: null,
    });
    const history = await t.get(`/measures/${carried.id}/history`, cao);
    expect(history.body.at(-1)).toMatchObject({ action: 'measure.release', after: null });
  });

  it('links new measures and KPIs only within one live plan version and the objectives served', async () => {
    const draft = (await t.post(`/plan-versions/${plan.version.id}/amend`, {}, cao)).body;
    const draftObjective = (
      await t.get(`/plan-objectives?filter={"planVersionId":"${draft.id}"}`, cao)
    ).body[0];
    const mixed = await t.post(
      '/measures',
      measureBody([plan.objectives[0].id, draftObjective.id]),
      meti,
    );
    expect(mixed.status).toBe(422);
    expect(mixed.body).toMatchObject({
      code: 'mixed_plan_versions',
      details: [{ field: 'objectiveIds' }],
    });

    const measure = (await t.post('/measures', measureBody([plan.objectives[0].id]), meti)).body;
    const unserved = await t.post(
      '/measure-kpis',
      kpiBody(measure.id, { planKpiId: plan.kpis[1].id }),
      meti,
    );
    expect(unserved.status).toBe(422);
    expect(unserved.body).toMatchObject({
      code: 'kpi_not_served',
      details: [{ field: 'planKpiId' }],
    });

    await t.post(
      `/plan-versions/${draft.id}/propose`,
      { hqProposalDate: '2026-01-20', hqProposalReference: '第3回人工知能戦略本部' },
      cao,
    );
    await t.post(
      `/plan-versions/${draft.id}/approve`,
      { cabinetDecisionDate: '2026-01-27', cabinetDecisionNumber: '令和8年1月27日閣議決定' },
      await t.tokenOf('reviewer'),
    );
    const toSuperseded = await t.post('/measures', measureBody([plan.objectives[0].id]), meti);
    expect(toSuperseded.status).toBe(409);
    expect(toSuperseded.body.code).toBe('read_only');
    // History stays queryable from the superseded version.
    const old = await t.get(`/measures?filter={"planVersionId":"${plan.version.id}"}`, cao);
    expect(old.body.length).toBeGreaterThanOrEqual(3);
  });
});
