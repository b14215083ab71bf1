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

describe('Do stage: bad input gets 400/404/409/422 and writes nothing (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let plan: ApprovedPlan;
  let meti: string;

  beforeAll(async () => {
    t = await TestApp.start();
    plan = await approvedPlan(t);
    meti = await coordinatorOf(t, 'meti');
  });
  afterAll(() => t.stop());

  it('answers every endpoint’s bad input with the field named', async () => {
    const objectiveId = plan.objectives[0].id;
    const last = lastCompletePeriod(todayInJapan()).label;
    const measure = (
      await t.post('/measures', measureBody([objectiveId], { code: 'M-BAD-1' }), meti)
    ).body;
    const { version } = (await t.post(`/measures/${measure.id}/start`, {}, meti)).body;
    const other = (await t.post('/measures', measureBody([objectiveId]), meti)).body;
    await t.post(`/measures/${other.id}/start`, {}, meti);
    const otherKpi = (await t.post('/measure-kpis', kpiBody(other.id), meti)).body;
    const milestone = (await t.post('/measure-milestones', milestoneBody(measure.id), meti)).body;
    const report = (await t.post('/progress-reports', reportBody(measure.id, last), meti)).body;
    const before = await t.tableCounts();

    const missing = '00000000-0000-4000-8000-000000000000';
    const m = (over: Record<string, unknown>) => measureBody([objectiveId], over);
    const kpi = (over: Record<string, unknown>) => kpiBody(measure.id, over);
    const correction = (over: Record<string, unknown>) => ({
      narrativeJa: 'x',
      rating: 'green',
      ratingRationale: 'x',
      accountablePerson: 'x',
      correctionReason: 'x',
      ...over,
    });
    const cases: [string, string, unknown, number, string?][] = [
      // measures
      ['POST', '/measures', m({ titleJa: 5 }), 400, 'titleJa'],
      ['POST', '/measures', m({ colour: 'red' }), 400, 'colour'],
      ['POST', '/measures', m({ category: 'space' }), 400, 'category'],
      ['POST', '/measures', m({ actorType: 'aliens' }), 400, 'actorType'],
      ['POST', '/measures', m({ legalNature: 'strict' }), 400, 'legalNature'],
      ['POST', '/measures', m({ leadMinistry: 'mars' }), 400, 'leadMinistry'],
      ['POST', '/measures', m({ cooperatingMinistries: ['meti'] }), 400, 'cooperatingMinistries'],
      ['POST', '/measures', m({ cooperatingMinistries: 'mic' }), 400, 'cooperatingMinistries'],
      ['POST', '/measures', m({ budgetYen: -1 }), 400, 'budgetYen'],
      ['POST', '/measures', m({ budgetYen: '100' }), 400, 'budgetYen'],
      ['POST', '/measures', m({ startDate: '2026-04-01', dueDate: '2026-03-31' }), 400, 'dueDate'],
      ['POST', '/measures', m({ startDate: '2026-02-30' }), 400, 'startDate'],
      ['POST', '/measures', m({ reportingFrequency: 'monthly' }), 400, 'reportingFrequency'],
      ['POST', '/measures', m({ code: 'M 1' }), 400, 'code'],
      ['POST', '/measures', m({ objectiveIds: [] }), 400, 'objectiveIds'],
      ['POST', '/measures', m({ objectiveIds: ['x'] }), 400, 'objectiveIds'],
      ['POST', '/measures', m({ objectiveIds: [missing] }), 422, 'objectiveIds'],
      ['POST', '/measures', m({ code: 'M-BAD-1' }), 409],
      ['POST', '/measures', [m({})], 400, 'body'],
      ['PUT', `/measures/${measure.id}`, { titleEn: 'no version' }, 400, 'version'],
      ['PUT', `/measures/${measure.id}`, { version, dueDate: '2020-01-01' }, 400, 'dueDate'],
      ['PUT', `/measures/${measure.id}`, { version, objectiveIds: [missing] }, 422, 'objectiveIds'],
      ['PUT', `/measures/${measure.id}`, { version, status: 'completed' }, 400, 'status'],
      ['PUT', `/measures/${measure.id}`, { version: 99, titleEn: 'x' }, 409],
      ['PUT', '/measures/not-a-uuid', { version: 1 }, 400, 'id'],
      ['PUT', `/measures/${missing}`, { version: 1, titleEn: 'x' }, 404],
      ['DELETE', `/measures/${missing}`, undefined, 404],
      ['DELETE', `/measures/${measure.id}`, undefined, 409],
      ['POST', `/measures/${missing}/start`, {}, 404],
      ['POST', '/measures/nope/start', {}, 400, 'id'],
      ['POST', `/measures/${measure.id}/start`, {}, 409],
      ['POST', `/measures/${measure.id}/suspend`, {}, 400, 'reason'],
      ['POST', `/measures/${measure.id}/suspend`, { reason: 7 }, 400, 'reason'],
      ['POST', `/measures/${measure.id}/cancel`, { reason: '' }, 400, 'reason'],
      [
        'POST',
        `/measures/${measure.id}/complete`,
        { completedOn: '2999-01-01' },
        400,
        'completedOn',
      ],
      [
        'POST',
        `/measures/${measure.id}/complete`,
        { completedOn: '2000-01-01' },
        400,
        'completedOn',
      ],
      ['POST', `/measures/${measure.id}/resume`, {}, 409],
      ['GET', '/measures?filter={"status":"late"}', undefined, 400, 'filter.status'],
      ['GET', '/measures?filter={"late":"yes"}', undefined, 400, 'filter.late'],
      ['GET', '/measures?filter={"rating":"purple"}', undefined, 400, 'filter.rating'],
      ['GET', '/measures?filter={"planVersionId":"x"}', undefined, 400, 'filter.planVersionId'],
      [
        'GET',
        '/measures?filter={"cooperatingMinistry":"mars"}',
        undefined,
        400,
        'filter.cooperatingMinistry',
      ],
      ['GET', '/measures?filter={"dueFrom":"soon"}', undefined, 400, 'filter.dueFrom'],
      ['GET', '/measures?sort=["late","ASC"]', undefined, 400, 'sort'],
      ['GET', '/measures?range=[0,1000]', undefined, 400, 'range'],
      ['GET', `/measures/${missing}`, undefined, 404],
      ['GET', '/measures/x/history', undefined, 400, 'id'],
      // milestones
      ['POST', '/measure-milestones', milestoneBody(missing), 422, 'measureId'],
      [
        'POST',
        '/measure-milestones',
        milestoneBody(measure.id, { dueDate: '31/01/2027' }),
        400,
        'dueDate',
      ],
      [
        'POST',
        '/measure-milestones',
        milestoneBody(measure.id, { doneOn: '2999-01-01' }),
        400,
        'doneOn',
      ],
      [
        'POST',
        '/measure-milestones',
        { measureId: 'x', titleJa: 'a', titleEn: 'b', dueDate: '2027-01-31' },
        400,
        'measureId',
      ],
      [
        'PUT',
        `/measure-milestones/${milestone.id}`,
        { version: milestone.version, measureId: other.id },
        400,
        'measureId',
      ],
      [
        'PUT',
        `/measure-milestones/${milestone.id}`,
        { version: milestone.version, doneOn: 'today' },
        400,
        'doneOn',
      ],
      ['PUT', `/measure-milestones/${missing}`, { version: 1 }, 404],
      ['DELETE', `/measure-milestones/${missing}`, undefined, 404],
      ['GET', '/measure-milestones?filter={"measureId":"x"}', undefined, 400, 'filter.measureId'],
      ['GET', '/measure-milestones?filter={"overdue":1}', undefined, 400, 'filter.overdue'],
      // KPIs
      ['POST', '/measure-kpis', kpi({ measureId: missing }), 422, 'measureId'],
      ['POST', '/measure-kpis', kpi({ baseline: 'zero' }), 400, 'baseline'],
      ['POST', '/measure-kpis', kpi({ target: 1e300 }), 400, 'target'],
      ['POST', '/measure-kpis', kpi({ targetDate: '2027-13-01' }), 400, 'targetDate'],
      ['POST', '/measure-kpis', kpi({ planKpiId: missing }), 422, 'planKpiId'],
      ['POST', '/measure-kpis', kpi({ planKpiId: plan.kpis[1].id }), 422, 'planKpiId'],
      ['PUT', `/measure-kpis/${otherKpi.id}`, { version: otherKpi.version, unit: '' }, 400, 'unit'],
      ['PUT', `/measure-kpis/${missing}`, { version: 1 }, 404],
      ['DELETE', `/measure-kpis/${missing}`, undefined, 404],
      [
        'GET',
        '/measure-kpis?filter={"planKpiLineageId":5}',
        undefined,
        400,
        'filter.planKpiLineageId',
      ],
      // progress reports
      ['POST', '/progress-reports', reportBody(measure.id, 'FY2025-Q5'), 400, 'period'],
      [
        'POST',
        '/progress-reports',
        reportBody(measure.id, last, { rating: 'purple' }),
        400,
        'rating',
      ],
      [
        'POST',
        '/progress-reports',
        reportBody(measure.id, last, { ratingRationale: '' }),
        400,
        'ratingRationale',
      ],
      [
        'POST',
        '/progress-reports',
        reportBody(measure.id, last, { accountablePerson: undefined }),
        400,
        'accountablePerson',
      ],
      ['POST', '/progress-reports', reportBody(missing, last), 422, 'measureId'],
      ['POST', '/progress-reports', reportBody(measure.id, last), 409],
      ['POST', '/progress-reports', reportBody(measure.id, 'FY2099-Q1'), 422, 'period'],
      [
        'POST',
        '/progress-reports',
        reportBody(other.id, last, { indicatorValues: [{ measureKpiId: 'x', value: 1 }] }),
        400,
        'indicatorValues.0.measureKpiId',
      ],
      [
        'POST',
        '/progress-reports',
        reportBody(other.id, last, {
          indicatorValues: [{ measureKpiId: otherKpi.id, value: '1' }],
        }),
        400,
        'indicatorValues.0.value',
      ],
      [
        'POST',
        '/progress-reports',
        reportBody(other.id, last, {
          indicatorValues: [{ measureKpiId: otherKpi.id, value: 1, note: 'x' }],
        }),
        400,
        'indicatorValues.0.note',
      ],
      [
        'POST',
        '/progress-reports',
        reportBody(other.id, last, { indicatorValues: [{ measureKpiId: missing, value: 1 }] }),
        422,
        'indicatorValues.0.measureKpiId',
      ],
      [
        'POST',
        '/progress-reports',
        reportBody(other.id, last, {
          indicatorValues: [
            { measureKpiId: otherKpi.id, value: 1 },
            { measureKpiId: otherKpi.id, value: 2 },
          ],
        }),
        400,
        'indicatorValues.1.measureKpiId',
      ],
      [
        'POST',
        '/progress-reports',
        reportBody(other.id, last, { indicatorValues: 'lots' }),
        400,
        'indicatorValues',
      ],
      [
        'POST',
        `/progress-reports/${report.id}/correct`,
        correction({ correctionReason: undefined }),
        400,
        'correctionReason',
      ],
      [
        'POST',
        `/progress-reports/${report.id}/correct`,
        correction({ period: last }),
        400,
        'period',
      ],
      ['POST', `/progress-reports/${missing}/correct`, correction({}), 404],
      ['POST', '/progress-reports/x/correct', correction({}), 400, 'id'],
      ['GET', '/progress-reports?filter={"current":"no"}', undefined, 400, 'filter.current'],
      [
        'GET',
        '/progress-reports?filter={"period":["FY2025-Q1"],"rating":"x"}',
        undefined,
        400,
        'filter.rating',
      ],
      ['GET', `/progress-reports/${missing}`, undefined, 404],
      ['PUT', `/progress-reports/${report.id}`, { version: 1 }, 404],
      ['DELETE', `/progress-reports/${report.id}`, undefined, 404],
    ];
    for (const [method, path, body, status, field] of cases) {
      const response = await t.request(method, path, { body, token: meti });
      expect({ method, path, body, status: response.status }).toEqual({
        method,
        path,
        body,
        status,
      });
      expect(response.body).toMatchObject({
        statusCode: status,
        code: expect.any(String),
        message: expect.any(String),
        requestId: expect.any(String),
      });
      if (field) {
        expect({
          path,
          fields: response.body.details.map((d: { field: string }) => d.field),
        }).toEqual({
          path,
          fields: expect.arrayContaining([field]),
        });
      }
    }
    const malformed = await t.request('POST', '/measures', { raw: '{"code": ', token: meti });
    expect(malformed.status).toBe(400);
    expect(await t.tableCounts()).toEqual(before);
  });
});
