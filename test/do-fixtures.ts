import type { Ministry } from '@tracker/contracts';
import { TEST_PASSWORD, type TestApp } from './test-app';

/** Plan and people the Do-stage tests build on, created over HTTP like any client would. */
export interface ApprovedPlan {
  version: any;
  objectives: any[];
  kpis: any[];
}

/** An approved plan with two objectives, each with one KPI. */
export async function approvedPlan(t: TestApp): Promise<ApprovedPlan> {
  const coordinator = await t.tokenOf('coordinator');
  const version = await t.post(
    '/plan-versions',
    { titleJa: '人工知能基本計画', titleEn: 'AI Basic Plan' },
    coordinator,
  );
  const objectives = [];
  const kpis = [];
  for (const [i, code] of ['I-1', 'III-2'].entries()) {
    const objective = await t.post(
      '/plan-objectives',
      {
        planVersionId: version.body.id,
        code,
        principle: i ? 'transparency_appropriateness' : 'rd_competitiveness',
        titleJa: i ? '情報収集と指導・助言' : '研究開発力の強化',
        titleEn: i ? 'Investigate and advise' : 'Strengthen R&D',
        position: i,
      },
      coordinator,
    );
    objectives.push(objective.body);
    const kpi = await t.post(
      '/plan-kpis',
      {
        objectiveId: objective.body.id,
        code: `${code}-K1`,
        indicatorJa: '指標',
        indicatorEn: 'Indicator',
        baseline: 1,
        target: 10,
        unit: '%',
        targetDate: '2030-03-31',
      },
      coordinator,
    );
    kpis.push(kpi.body);
  }
  await t.post(
    `/plan-versions/${version.body.id}/propose`,
    { hqProposalDate: '2025-12-19', hqProposalReference: '第2回人工知能戦略本部' },
    coordinator,
  );
  const approved = await t.post(
    `/plan-versions/${version.body.id}/approve`,
    { cabinetDecisionDate: '2025-12-23', cabinetDecisionNumber: '令和7年12月23日閣議決定' },
    await t.tokenOf('reviewer'),
  );
  if (approved.status !== 200) throw new Error(`plan approval failed: ${approved.status}`);
  return { version: approved.body, objectives, kpis };
}

/** A token of a coordinator of `ministry` (created by the admin on first use). */
export async function coordinatorOf(t: TestApp, ministry: Ministry): Promise<string> {
  const email = `coordinator.${ministry}@test.example`;
  let login = await t.login(email);
  if (login.status !== 200) {
    const created = await t.post(
      '/users',
      { email, displayName: email, ministry, roles: ['coordinator'], password: TEST_PASSWORD },
      await t.tokenOf('admin'),
    );
    if (created.status !== 201) throw new Error(`could not create ${email}: ${created.status}`);
    login = await t.login(email);
  }
  return login.body.accessToken;
}

/** The body of a valid measure; `over` changes any field. */
export function measureBody(objectiveIds: string[], over: Record<string, unknown> = {}) {
  return {
    code: `M-${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
    titleJa: 'AI事業者ガイドラインの改定',
    titleEn: 'Revise the AI Guidelines for Business',
    objectiveIds,
    leadMinistry: 'meti',
    cooperatingMinistries: ['mic'],
    actorType: 'businesses',
    category: 'appropriateness_guidelines',
    legalNature: 'voluntary',
    budgetYen: 120_000_000,
    startDate: '2026-01-01',
    dueDate: '2027-03-31',
    ...over,
  };
}

/** The body of a valid progress report for `period`. */
export function reportBody(measureId: string, period: string, over: Record<string, unknown> = {}) {
  return {
    measureId,
    period,
    narrativeJa: '改定案の検討を進めた。',
    narrativeEn: 'Work on the draft revision continued.',
    rating: 'green',
    ratingRationale: 'On schedule',
    accountablePerson: '経済産業省 情報経済課長',
    ...over,
  };
}

/** The body of a valid measure KPI; `over` changes any field. */
export function kpiBody(measureId: string, over: Record<string, unknown> = {}) {
  return {
    measureId,
    indicatorJa: 'ガイドライン説明会の参加事業者数',
    indicatorEn: 'Businesses attending briefings',
    baseline: 0,
    target: 3000,
    unit: 'businesses',
    targetDate: '2027-03-31',
    ...over,
  };
}

/** The body of a valid milestone; `over` changes any field. */
export function milestoneBody(measureId: string, over: Record<string, unknown> = {}) {
  return {
    measureId,
    titleJa: '改定案の公表',
    titleEn: 'Publish the draft revision',
    dueDate: '2027-01-31',
    ...over,
  };
}
