import { ApiClient } from './api-client';
import { trackerDataProvider } from './data-provider';
import { fakeApi, memoryStore, session } from './fake-api';
import { updateBody } from './update-diff';

const KPI = {
  id: 'k1',
  version: 3,
  objectiveId: 'o1',
  planVersionId: 'v2',
  lineageId: 'l1',
  code: 'II-2-K1',
  indicatorJa: '生成AIを業務で利用する企業の割合',
  indicatorEn: 'Share of companies using generative AI at work',
  baseline: 26.7,
  baselineDate: '2024-12-31',
  target: 80,
  unit: '%',
  targetDate: '2030-03-31',
  createdAt: '2025-12-01T00:00:00.000Z',
  updatedAt: '2025-12-01T00:00:00.000Z',
};

function provider(routes: Parameters<typeof fakeApi>[0]) {
  const api = fakeApi(routes);
  const client = new ApiClient({
    baseUrl: '/api/v1',
    store: memoryStore(session()),
    fetch: api.fetch,
  });
  return { api, dataProvider: trackerDataProvider(client) };
}

describe('updateBody (what an update sends)', () => {
  it('sends only the changed fields and the version that was read', () => {
    expect(updateBody({ ...KPI, target: 90 }, KPI)).toEqual({ target: 90, version: 3 });
  });

  it('never sends read-only fields, even when the form carries them', () => {
    const body = updateBody({ ...KPI, id: 'other', createdAt: 'x', target: 85 }, KPI);
    expect(Object.keys(body).sort()).toEqual(['createdAt', 'target', 'version']);
    expect(updateBody({ ...KPI }, KPI)).toEqual({ version: 3 });
  });

  it('treats an emptied optional field as cleared, not as a change from null to ""', () => {
    const objective = { id: 'o1', version: 1, descriptionEn: null, descriptionJa: '説明' };
    expect(updateBody({ ...objective, descriptionEn: '' }, objective)).toEqual({ version: 1 });
    expect(updateBody({ ...objective, descriptionJa: '' }, objective)).toEqual({
      descriptionJa: null,
      version: 1,
    });
  });

  it('compares arrays and numbers by value', () => {
    const user = { id: 'u1', version: 2, roles: ['analyst'], clearance: 'internal' };
    expect(updateBody({ ...user, roles: ['analyst'] }, user)).toEqual({ version: 2 });
    expect(updateBody({ ...user, roles: ['analyst', 'reviewer'] }, user)).toEqual({
      roles: ['analyst', 'reviewer'],
      version: 2,
    });
  });
});

describe('trackerDataProvider', () => {
  it('updates with PUT and the changed fields only', async () => {
    const { api, dataProvider } = provider({
      'PUT /plan-kpis/k1': (call) => ({
        status: 200,
        body: { ...KPI, ...(call.body as object), version: 4 },
      }),
    });
    const { data } = await dataProvider.update('plan-kpis', {
      id: 'k1',
      data: { ...KPI, target: 90 },
      previousData: KPI,
    });
    expect(api.calls[0]).toMatchObject({ method: 'PUT', body: { target: 90, version: 3 } });
    expect(data.version).toBe(4);
  });

  it('reads lists the ra-data-simple-rest way (Content-Range gives the total)', async () => {
    const { api, dataProvider } = provider({
      'GET /plan-versions': () => ({
        status: 200,
        body: [{ id: 'v2' }],
        headers: { 'content-range': 'plan-versions 0-0/2' },
      }),
    });
    const page = await dataProvider.getList('plan-versions', {
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'number', order: 'DESC' },
      filter: { status: 'draft' },
    });
    expect(page.total).toBe(2);
    const query = new URL(api.calls[0].url, 'http://x').searchParams;
    expect(JSON.parse(query.get('filter')!)).toEqual({ status: 'draft' });
    expect(JSON.parse(query.get('range')!)).toEqual([0, 0]);
    expect(api.calls[0].authorization).toBe('Bearer access-1');
    expect(page.meta).toEqual({ totalIsEstimate: false });
  });

  it("says when a big list's total is the planner's estimate", async () => {
    const { dataProvider } = provider({
      'GET /incidents': () => ({
        status: 200,
        body: [{ id: 'i1' }],
        headers: { 'content-range': 'incidents 0-0/1000000', 'x-total-estimated': 'true' },
      }),
    });
    const page = await dataProvider.getList('incidents', {
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'reportedDate', order: 'DESC' },
      filter: {},
    });
    expect(page).toMatchObject({ total: 1_000_000, meta: { totalIsEstimate: true } });
  });

  it('reads the dashboard and timelines, and posts comments', async () => {
    const { api, dataProvider } = provider({
      'GET /dashboard': () => ({ status: 200, body: { do: { late: 3 } } }),
      'GET /incidents/i1/timeline': () => ({
        status: 200,
        body: [
          { kind: 'comment', at: '2026-01-01T00:00:00Z', actorLabel: 'A', id: 'c', body: 'x' },
        ],
      }),
      'POST /incidents/i1/comments': (call) => ({ status: 201, body: call.body }),
    });
    expect((await dataProvider.get<{ do: { late: number } }>('/dashboard')).data.do.late).toBe(3);
    expect((await dataProvider.timeline('incidents', { id: 'i1' })).data[0].kind).toBe('comment');
    await dataProvider.comment('incidents', { id: 'i1', body: '確認します' });
    expect(api.calls[2]).toMatchObject({ method: 'POST', body: { body: '確認します' } });
  });

  it('asks for a move with POST /<resource>/:id/<move> and its fields', async () => {
    const { api, dataProvider } = provider({
      'POST /plan-versions/v2/approve': () => ({
        status: 200,
        body: { id: 'v2', status: 'approved' },
      }),
    });
    const { data } = await dataProvider.move('plan-versions', {
      id: 'v2',
      move: 'approve',
      data: { cabinetDecisionDate: '2026-01-09', cabinetDecisionNumber: '令和8年1月9日閣議決定' },
    });
    expect(api.calls[0].body).toEqual({
      cabinetDecisionDate: '2026-01-09',
      cabinetDecisionNumber: '令和8年1月9日閣議決定',
    });
    expect(data.status).toBe('approved');
  });

  it('reads history, comparisons and the audit chain verification', async () => {
    const { api, dataProvider } = provider({
      'GET /plan-versions/v2/history': () => ({
        status: 200,
        body: [{ id: '7', action: 'plan_version.create' }],
      }),
      'GET /plan-versions/v2/compare': () => ({ status: 200, body: { kpis: {} } }),
      'GET /audit-events/verify': () => ({
        status: 200,
        body: { intact: true, verifiedEvents: 5 },
      }),
    });
    expect((await dataProvider.history('plan-versions', { id: 'v2' })).data).toHaveLength(1);
    await dataProvider.compare('plan-versions', { id: 'v2', with: 'v1' });
    expect(api.calls[1].url).toBe('/api/v1/plan-versions/v2/compare?with=v1');
    expect((await dataProvider.verifyAuditChain()).data.intact).toBe(true);
  });
});
