import { todayInJapan } from '@tracker/core';
import { fiscalYearOf } from '@tracker/pdca';
import { acceptedFinding, issuedGuidance, openApprovalTask } from '../../../../test/act-fixtures';
import { create, unclearedToken } from '../../../../test/check-fixtures';
import {
  approvedPlan,
  kpiBody,
  measureBody,
  type ApprovedPlan,
} from '../../../../test/do-fixtures';
import { TestApp } from '../../../../test/test-app';

const SECRET_TITLE = '秘匿事案：先端モデルの安全対策回避';

describe('amendments, the closed cycle and traces (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: string;
  let analyst: string;
  let reviewer: string;
  let plan: ApprovedPlan;
  let open: Awaited<ReturnType<typeof acceptedFinding>>;
  let secret: Awaited<ReturnType<typeof acceptedFinding>>;
  let guidance: any;
  let measure: any;
  let amendment: any;

  beforeAll(async () => {
    t = await TestApp.start();
    coordinator = await t.tokenOf('coordinator');
    analyst = await t.tokenOf('analyst');
    reviewer = await t.tokenOf('reviewer');
    plan = await approvedPlan(t);
    measure = await create(t, '/measures', measureBody([plan.objectives[1].id]), coordinator);
    await create(
      t,
      '/measure-kpis',
      kpiBody(measure.id, { planKpiId: plan.kpis[1].id }),
      coordinator,
    );
    open = await acceptedFinding(t);
    secret = await acceptedFinding(t, { titleJa: SECRET_TITLE, confidentiality: 'confidential' });
    guidance = await issuedGuidance(t, [open.findingId]);
  });
  afterAll(() => t.stop());

  it('opens the plan’s next version when a Basic Plan amendment is approved, in the same transaction', async () => {
    const proposed = await create(
      t,
      '/amendments',
      {
        target: 'basic_plan',
        proposedChangeJa: '偽・誤情報とディープフェイク対策を新たな柱として追加する。',
        proposedChangeEn: 'Add countering disinformation and deepfakes as a pillar.',
        findingIds: [secret.findingId],
        guidanceIds: [guidance.id],
      },
      analyst,
    );
    expect(proposed).toMatchObject({
      status: 'proposed',
      targetName: 'AI基本計画',
      leadMinistry: 'cao',
      planVersionId: plan.version.id,
      actions: ['submit'],
      openedPlanVersionId: null,
    });
    const submitted = await t.post(`/amendments/${proposed.id}/submit`, undefined, analyst);
    expect(submitted.body).toMatchObject({ status: 'in_review', actions: [] });
    const taskId = await openApprovalTask(t, 'amendment', proposed.id, 'analyst@test.example');

    // A draft of the plan is already open: the approval is refused and nothing changes.
    const draft = await create(
      t,
      '/plan-versions',
      { titleJa: '別案', titleEn: 'Other draft' },
      coordinator,
    );
    const before = await t.tableCounts();
    const refused = await t.post(`/review-tasks/${taskId}/approve`, { comment: '承認' }, reviewer);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'plan_draft_open', openVersionId: draft.id });
    expect(await t.tableCounts()).toEqual(before);
    expect((await t.get(`/review-tasks/${taskId}`, reviewer)).body.status).toBe('open');
    await t.delete(`/plan-versions/${draft.id}`, coordinator);

    const approved = await t.post(`/review-tasks/${taskId}/approve`, { comment: '承認' }, reviewer);
    expect(approved.status).toBe(200);
    amendment = (await t.get(`/amendments/${proposed.id}`, coordinator)).body;
    expect(amendment).toMatchObject({ status: 'approved', approvalNote: '承認' });
    const next = (await t.get(`/plan-versions/${amendment.openedPlanVersionId}`, coordinator)).body;
    expect(next).toMatchObject({
      status: 'draft',
      basedOnId: plan.version.id,
      amendmentId: proposed.id,
      number: 2,
    });
    const objectives = await t.get(
      `/plan-objectives?filter={"planVersionId":"${next.id}"}`,
      coordinator,
    );
    expect(objectives.body.map((o: any) => o.code)).toEqual(['I-1', 'III-2']);
    expect((await t.get(`/measures/${measure.id}`, coordinator)).body.planVersionIds).toEqual([
      plan.version.id,
      next.id,
    ]);
    const [tx] = await t.sql(
      `SELECT count(DISTINCT txid)::int AS n FROM audit_event
        WHERE (entity_id = $1 AND action = 'review_task.approve') OR (entity_id = $2 AND action = 'amendment.approve')
           OR (entity_id = $3 AND action = 'plan_version.amend')`,
      [taskId, proposed.id, next.id],
    );
    expect(tx.n).toBe(1);
  });

  it('rejects an amendment with the reviewer’s reason, and needs a name for a guideline', async () => {
    const body = {
      target: 'guideline',
      proposedChangeJa: '学習データの装置偏りの評価手順を追加する。',
      proposedChangeEn: 'Add a step to check training data for device bias.',
      findingIds: [open.findingId],
    };
    const unnamed = await t.post('/amendments', body, coordinator);
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.details[0].field).toBe('targetName');
    const named = await create(
      t,
      '/amendments',
      { ...body, targetName: '医療AIの開発に関するガイドライン', leadMinistry: 'mhlw' },
      coordinator,
    );
    await t.post(`/amendments/${named.id}/submit`, undefined, coordinator);
    const taskId = await openApprovalTask(t, 'amendment', named.id, 'coordinator@test.example');
    const task = (await t.get(`/review-tasks/${taskId}`, reviewer)).body;
    expect(task.ministry).toBe('cao'); // mhlw has no reviewer
    await t.post(
      `/review-tasks/${taskId}/request-changes`,
      { comment: '根拠となる所見が不足' },
      reviewer,
    );
    expect((await t.get(`/amendments/${named.id}`, coordinator)).body).toMatchObject({
      status: 'rejected',
      rejectionReason: '根拠となる所見が不足',
      actions: [],
    });
  });

  it('traces a plan amendment back to the incidents that caused it, in one call', async () => {
    const graph = await t.get(`/trace/amendment/${amendment.id}`, reviewer);
    expect(graph.status).toBe(200);
    const ids = new Set(graph.body.nodes.map((n: any) => n.id));
    for (const id of [
      open.incidentId,
      secret.incidentId,
      open.investigationId,
      secret.investigationId,
      secret.findingId,
      guidance.id,
      amendment.openedPlanVersionId,
      measure.id,
    ]) {
      expect(ids).toContain(id);
    }
    const edge = (from: string, to: string) =>
      graph.body.edges.find((e: any) => e.from === from && e.to === to)?.relation;
    expect(edge(open.incidentId, open.investigationId)).toBe('investigated_in');
    expect(edge(open.findingId, guidance.id)).toBe('grounds');
    expect(edge(guidance.id, amendment.id)).toBe('justifies');
    expect(edge(amendment.id, amendment.openedPlanVersionId)).toBe('opened');
    expect(graph.body.nodes.find((n: any) => n.type === 'plan_kpi')).toBeDefined();
    expect(graph.body.nodes.find((n: any) => n.type === 'measure_kpi')).toBeDefined();
    expect(graph.body.truncated).toBe(false);

    // Without clearance, the confidential case and everything only it leads to are not there.
    const uncleared = await t.get(`/trace/amendment/${amendment.id}`, await unclearedToken(t));
    const seen = new Set(uncleared.body.nodes.map((n: any) => n.id));
    expect(seen).toContain(open.incidentId);
    for (const id of [secret.incidentId, secret.investigationId, secret.findingId]) {
      expect(seen).not.toContain(id);
    }
    expect(JSON.stringify(uncleared.body)).not.toContain(SECRET_TITLE);
    // Coordinators do not read case files: placeholders keep the chain to the incident whole.
    const asCoordinator = await t.get(`/trace/incident/${open.incidentId}`, coordinator);
    const investigation = asCoordinator.body.nodes.find((n: any) => n.id === open.investigationId);
    expect(investigation).toEqual({
      id: open.investigationId,
      type: 'investigation',
      label: null,
      status: null,
      redacted: true,
    });
    expect(asCoordinator.body.nodes.map((n: any) => n.id)).toContain(amendment.id);
    expect((await t.get(`/trace/finding/${open.findingId}`, coordinator)).status).toBe(403);
    expect((await t.get(`/trace/incident/${secret.incidentId}`, coordinator)).status).toBe(404);
  });

  it('traces a measure forward to the KPIs it moves', async () => {
    const graph = await t.get(`/trace/measure/${measure.id}`, coordinator);
    const kpi = graph.body.nodes.find((n: any) => n.id === plan.kpis[1].id);
    expect(kpi).toMatchObject({ type: 'plan_kpi', redacted: false });
    expect(graph.body.nodes.map((n: any) => n.id)).toContain(amendment.id);
  });

  it('derives a cycle per fiscal year, counted for the reader', async () => {
    const current = fiscalYearOf(todayInJapan());
    const list = await t.get('/cycles', coordinator);
    expect(list.status).toBe(200);
    expect(list.body.map((c: any) => c.fiscalYear)).toEqual(
      Array.from({ length: current - 2025 + 1 }, (_, i) => current - i),
    );
    const fy2025 = (await t.get('/cycles/2025', reviewer)).body;
    expect(fy2025).toMatchObject({ id: 2025, startsOn: '2025-04-01', endsOn: '2026-03-31' });
    expect(fy2025.summary.planVersions.map((v: any) => v.id)).toContain(plan.version.id);
    expect(fy2025.summary.incidents.reported).toBe(2);
    expect(fy2025.summary.measures.active).toBe(1);
    const uncleared = (await t.get('/cycles/2025', await unclearedToken(t))).body;
    expect(uncleared.summary.incidents.reported).toBe(1);
    expect(uncleared.investigationIds).not.toContain(secret.investigationId);
    expect((await t.get('/cycles/2025', coordinator)).body.investigationIds).toBeNull();
    const fy2026 = (await t.get('/cycles/2026', reviewer)).body;
    expect(fy2026.guidanceIds).toContain(guidance.id);
    expect(fy2026.amendmentIds).toContain(amendment.id);
    expect((await t.get('/cycles/1999', reviewer)).status).toBe(404);
    expect((await t.get('/cycles/20x6', reviewer)).status).toBe(400);
  });
});
