import {
  approvedPlan,
  coordinatorOf,
  measureBody,
  kpiBody,
  milestoneBody,
  type ApprovedPlan,
} from '../../../../test/do-fixtures';
import { TestApp } from '../../../../test/test-app';

describe('measures: life cycle and ministry scope (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let plan: ApprovedPlan;
  let cao: string;
  let admin: string;
  let meti: string;
  let mic: string;

  beforeAll(async () => {
    t = await TestApp.start();
    plan = await approvedPlan(t);
    cao = await t.tokenOf('coordinator');
    admin = await t.tokenOf('admin');
    meti = await coordinatorOf(t, 'meti');
    mic = await coordinatorOf(t, 'mic');
  });
  afterAll(() => t.stop());

  const create = async (over: Record<string, unknown> = {}, token = meti) => {
    const response = await t.post('/measures', measureBody([plan.objectives[1].id], over), token);
    expect(response.status).toBe(201);
    return response.body;
  };
  const move = (id: string, action: string, body: unknown = {}, token = meti) =>
    t.post(`/measures/${id}/${action}`, body, token);

  it('creates a planned measure under objectives of the approved plan, with derived fields', async () => {
    const measure = await create();
    expect(measure).toMatchObject({
      status: 'planned',
      leadMinistry: 'meti',
      cooperatingMinistries: ['mic'],
      budgetYen: 120_000_000,
      objectiveIds: [plan.objectives[1].id],
      planVersionIds: [plan.version.id],
      late: false,
      lateReasons: [],
      currentRating: null,
      actions: ['start', 'cancel'],
    });
    const history = await t.get(`/measures/${measure.id}/history`, meti);
    expect(history.body.map((e: any) => e.action)).toEqual([
      'measure.create',
      'measure.link_objectives',
    ]);
    expect(history.body[1].after).toEqual({
      planVersionId: plan.version.id,
      objectiveIds: [plan.objectives[1].id],
    });
  });

  it('runs planned → in_progress → suspended → in_progress → completed, refusing impossible moves', async () => {
    const measure = await create();
    const early = await move(measure.id, 'complete');
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({
      code: 'invalid_transition',
      message: 'Cannot complete a measure that is planned; allowed from planned: start, cancel',
      currentStatus: 'planned',
      allowedActions: ['start', 'cancel'],
    });
    expect((await move(measure.id, 'resume')).status).toBe(409);

    const started = await move(measure.id, 'start');
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({
      status: 'in_progress',
      actions: ['complete', 'suspend', 'cancel'],
    });
    expect((await move(measure.id, 'start')).body.code).toBe('invalid_transition');

    const suspended = await move(measure.id, 'suspend', { reason: '予算執行の見直し' });
    expect(suspended.body).toMatchObject({
      status: 'suspended',
      statusReason: '予算執行の見直し',
      actions: ['resume', 'cancel'],
    });
    expect((await move(measure.id, 'complete')).status).toBe(409);
    expect((await move(measure.id, 'suspend', { reason: 'again' })).status).toBe(409);

    const resumed = await move(measure.id, 'resume');
    expect(resumed.body).toMatchObject({ status: 'in_progress', statusReason: null });

    const completed = await move(measure.id, 'complete', { completedOn: '2026-03-31' });
    expect(completed.status).toBe(200);
    expect(completed.body).toMatchObject({
      status: 'completed',
      completedOn: '2026-03-31',
      actions: [],
    });
    for (const action of ['start', 'suspend', 'resume', 'cancel']) {
      const refused = await move(measure.id, action, { reason: 'x' });
      expect({ action, status: refused.status }).toEqual({ action, status: 409 });
      expect(refused.body.message).toContain('allowed from completed: none');
    }
    const edit = await t.put(
      `/measures/${measure.id}`,
      { version: completed.body.version, titleEn: 'Changed' },
      meti,
    );
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('read_only');

    const history = await t.get(`/measures/${measure.id}/history`, meti);
    expect(history.body.map((e: any) => e.action)).toEqual([
      'measure.create',
      'measure.link_objectives',
      'measure.start',
      'measure.suspend',
      'measure.resume',
      'measure.complete',
    ]);
  });

  it('cancels from planned, in progress and suspended, with a reason, and nothing after', async () => {
    for (const path of [[], ['start'], ['start', 'suspend']]) {
      const measure = await create();
      for (const action of path) await move(measure.id, action, { reason: 'x' });
      const noReason = await move(measure.id, 'cancel', {});
      expect(noReason.status).toBe(400);
      expect(new Set(noReason.body.details.map((d: any) => d.field))).toEqual(new Set(['reason']));
      const cancelled = await move(measure.id, 'cancel', { reason: '他施策へ統合' });
      expect(cancelled.body).toMatchObject({ status: 'cancelled', statusReason: '他施策へ統合' });
      expect((await move(measure.id, 'resume')).status).toBe(409);
    }
  });

  it('completes a measure only when every milestone is done', async () => {
    const measure = await create();
    await move(measure.id, 'start');
    const milestone = await t.post(
      '/measure-milestones',
      milestoneBody(measure.id, { dueDate: '2026-06-30' }),
      meti,
    );
    const refused = await move(measure.id, 'complete');
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'milestones_open', openMilestones: 1 });
    expect((await t.get(`/measures/${measure.id}`, meti)).body.status).toBe('in_progress');

    const done = await t.put(
      `/measure-milestones/${milestone.body.id}`,
      { version: milestone.body.version, doneOn: '2026-06-20' },
      meti,
    );
    expect(done.body.doneOn).toBe('2026-06-20');
    const completed = await move(measure.id, 'complete');
    expect(completed.body.status).toBe('completed');
    const late = await t.put(
      `/measure-milestones/${milestone.body.id}`,
      { version: done.body.version, doneOn: null },
      meti,
    );
    expect(late.status).toBe(409);
  });

  it('lets only the lead ministry, the Cabinet Office and admins change a measure (403 otherwise)', async () => {
    const measure = await create();
    const refusals = [
      await t.put(`/measures/${measure.id}`, { version: measure.version, titleEn: 'x' }, mic),
      await move(measure.id, 'start', {}, mic),
      await move(measure.id, 'cancel', { reason: 'x' }, mic),
      await t.delete(`/measures/${measure.id}`, mic),
      await t.post(
        '/measure-milestones',
        milestoneBody(measure.id, { dueDate: '2026-06-30' }),
        mic,
      ),
      await t.post('/measure-kpis', kpiBody(measure.id), mic),
      await t.post(
        '/measures',
        measureBody([plan.objectives[0].id], { leadMinistry: 'meti' }),
        mic,
      ),
    ];
    for (const response of refusals) {
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('outside_ministry');
      expect(response.body.message).toMatch(
        /^Only Ministry of Economy, Trade and Industry or Cabinet Office may .+; you belong to Ministry of Internal Affairs and Communications$/,
      );
    }
    expect((await t.get(`/measures/${measure.id}`, mic)).body.version).toBe(measure.version);

    const byCao = await t.put(
      `/measures/${measure.id}`,
      { version: measure.version, titleEn: 'Edited by the Cabinet Office' },
      cao,
    );
    expect(byCao.status).toBe(200);
    const byAdmin = await move(measure.id, 'start', {}, admin);
    expect(byAdmin.body.status).toBe('in_progress');
    const byLead = await move(measure.id, 'suspend', { reason: '見直し' }, meti);
    expect(byLead.body.status).toBe('suspended');

    const handOver = await t.put(
      `/measures/${measure.id}`,
      { version: byLead.body.version, leadMinistry: 'mic' },
      meti,
    );
    expect(handOver.status).toBe(403);
    const handedByCao = await t.put(
      `/measures/${measure.id}`,
      { version: byLead.body.version, leadMinistry: 'mic', cooperatingMinistries: ['meti'] },
      cao,
    );
    expect(handedByCao.body).toMatchObject({
      leadMinistry: 'mic',
      cooperatingMinistries: ['meti'],
    });
    expect((await move(measure.id, 'resume', {}, mic)).status).toBe(200);
    expect((await move(measure.id, 'cancel', { reason: 'x' }, meti)).status).toBe(403);
  });

  it('lets every role read measures', async () => {
    await create();
    for (const role of ['analyst', 'reviewer', 'auditor'] as const) {
      const list = await t.get('/measures', await t.tokenOf(role));
      expect(list.status).toBe(200);
      expect(list.body.length).toBeGreaterThan(0);
    }
  });

  it('deletes only planned measures, with their milestones and KPIs; a started one is cancelled', async () => {
    const measure = await create();
    const milestone = await t.post(
      '/measure-milestones',
      milestoneBody(measure.id, { dueDate: '2026-06-30' }),
      meti,
    );
    const removed = await t.delete(`/measures/${measure.id}`, meti);
    expect(removed.status).toBe(200);
    expect(removed.body.code).toBe(measure.code);
    expect((await t.get(`/measure-milestones/${milestone.body.id}`, meti)).status).toBe(404);
    expect(
      (await t.get(`/measure-milestones/${milestone.body.id}/history`, meti)).body.map(
        (e: any) => e.action,
      ),
    ).toEqual(['measure_milestone.create', 'measure_milestone.delete']);

    const started = await create();
    await move(started.id, 'start');
    const refused = await t.delete(`/measures/${started.id}`, meti);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('not_deletable');
  });

  it('refuses a stale update with 409 and changes nothing', async () => {
    const measure = await create();
    const first = await t.put(
      `/measures/${measure.id}`,
      { version: measure.version, titleEn: 'First', budgetYen: 0 },
      meti,
    );
    expect(first.body).toMatchObject({ version: measure.version + 1, budgetYen: 0 });
    const stale = await t.put(
      `/measures/${measure.id}`,
      { version: measure.version, titleEn: 'Lost' },
      meti,
    );
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('stale_version');
    expect((await t.get(`/measures/${measure.id}`, meti)).body.titleEn).toBe('First');
  });

  it('filters and sorts the list the react-admin way', async () => {
    const a = await create({
      code: 'M-LIST-A',
      titleJa: '計算資源の整備',
      category: 'shared_infrastructure',
      actorType: 'rd_institutions',
      dueDate: '2026-12-31',
    });
    const b = await create(
      {
        code: 'M-LIST-B',
        leadMinistry: 'mic',
        cooperatingMinistries: ['meti', 'digital'],
        legalNature: 'duty_to_endeavour',
      },
      cao,
    );
    const ids = (r: any) => r.body.map((m: any) => m.id);
    const q = (filter: object, sort = '["code","ASC"]') =>
      t.get(`/measures?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${sort}`, meti);
    expect(ids(await q({ q: '計算資源' }))).toEqual([a.id]);
    expect(ids(await q({ q: 'm-list' }))).toEqual([a.id, b.id]);
    expect(ids(await q({ q: 'M-LIST', category: 'shared_infrastructure' }))).toEqual([a.id]);
    expect(ids(await q({ q: 'M-LIST', actorType: 'rd_institutions' }))).toEqual([a.id]);
    expect(ids(await q({ q: 'M-LIST', leadMinistry: ['mic', 'ppc'] }))).toEqual([b.id]);
    expect(ids(await q({ q: 'M-LIST', cooperatingMinistry: 'digital' }))).toEqual([b.id]);
    expect(ids(await q({ q: 'M-LIST', legalNature: 'duty_to_endeavour' }))).toEqual([b.id]);
    expect(ids(await q({ q: 'M-LIST', dueTo: '2026-12-31' }))).toEqual([a.id]);
    expect(ids(await q({ q: 'M-LIST', objectiveId: plan.objectives[1].id }))).toEqual([a.id, b.id]);
    expect(ids(await q({ q: 'M-LIST', objectiveId: plan.objectives[0].id }))).toEqual([]);
    expect(
      ids(await q({ q: 'M-LIST', planVersionId: plan.version.id }, '["dueDate","DESC"]')),
    ).toEqual([b.id, a.id]);
    const page = await t.get('/measures?range=[0,0]', meti);
    expect(page.headers.get('content-range')).toMatch(/^measures 0-0\/\d+$/);
  });
});
