import { UsersService } from '@tracker/auth';
import { systemActor } from '@tracker/core';
import { CABINET_DECISION, proposedPlanVersion } from '../../../../test/plan-fixtures';
import { TEST_PASSWORD, TestApp } from '../../../../test/test-app';
import { TestWorker, waitFor } from '../../../../test/test-worker';

describe('review tasks (HTTP, worker, real PostgreSQL and Redis)', () => {
  let t: TestApp;
  let worker: TestWorker;
  let coordinator: string;
  let reviewer: string;
  let secondReviewer: string;
  let dual: string;

  async function tokenOfNewUser(email: string, roles: string[]) {
    await t.app
      .get(UsersService)
      .create(
        { email, displayName: email, ministry: 'cao', roles, password: TEST_PASSWORD } as never,
        systemActor('test'),
      );
    return (await t.login(email)).body.accessToken as string;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    worker = await TestWorker.start(t.config);
    coordinator = await t.tokenOf('coordinator');
    reviewer = await t.tokenOf('reviewer');
    secondReviewer = await tokenOfNewUser('reviewer2@test.example', ['reviewer']);
    // Drafts and reviews plans: may review others' proposals, never their own.
    dual = await tokenOfNewUser('dual@test.example', ['coordinator', 'reviewer']);
  });
  afterAll(async () => {
    await worker.stop();
    await t.stop();
  });

  /** Proposes a plan version and waits for the worker to open its approval task. */
  async function proposalWithTask(title: string, token = coordinator) {
    const version = await proposedPlanVersion(t, token, title);
    const task = await waitFor(async () => {
      const [row] = await t.sql(`SELECT id FROM review_task WHERE subject_id = $1`, [version.id]);
      return row;
    }, `the approval task of ${title}`);
    return { version, taskId: task.id as string };
  }

  it('approves a proposed plan version through its task, in one transaction with the Cabinet decision', async () => {
    const { version, taskId } = await proposalWithTask('Approved through review');
    const inbox = await t.get(`/review-tasks/inbox?filter={"subjectId":"${version.id}"}`, reviewer);
    expect(inbox.status).toBe(200);
    expect(inbox.headers.get('content-range')).toBe('review-tasks 0-0/1');
    expect(inbox.body[0]).toMatchObject({
      id: taskId,
      kind: 'approval',
      status: 'open',
      subjectType: 'plan_version',
      assignedRole: 'reviewer',
      ministry: 'cao',
      actions: ['claim', 'approve', 'request_changes'],
    });
    const analystInbox = await t.get('/review-tasks/inbox', await t.tokenOf('analyst'));
    expect(analystInbox.body).toEqual([]);

    const claimed = await t.post(`/review-tasks/${taskId}/claim`, undefined, reviewer);
    expect(claimed.body).toMatchObject({
      status: 'claimed',
      actions: ['release', 'approve', 'request_changes'],
    });
    const stolen = await t.post(
      `/review-tasks/${taskId}/approve`,
      { data: CABINET_DECISION },
      secondReviewer,
    );
    expect(stolen.status).toBe(409);
    expect(stolen.body.code).toBe('claimed_by_other');

    const noDecision = await t.post(`/review-tasks/${taskId}/approve`, {}, reviewer);
    expect(noDecision.status).toBe(400);
    expect(noDecision.body.details.map((d: any) => d.field)).toEqual(
      expect.arrayContaining(['data.cabinetDecisionDate', 'data.cabinetDecisionNumber']),
    );
    expect((await t.get(`/review-tasks/${taskId}`, reviewer)).body.status).toBe('claimed');

    const approved = await t.post(
      `/review-tasks/${taskId}/approve`,
      { comment: '閣議決定どおり承認', data: CABINET_DECISION },
      reviewer,
    );
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', decision: 'approved', actions: [] });
    const plan = await t.get(`/plan-versions/${version.id}`, reviewer);
    expect(plan.body).toMatchObject({ status: 'approved', ...CABINET_DECISION });

    const txids = await t.sql(
      `SELECT DISTINCT txid FROM audit_event
        WHERE (entity_id = $1 AND action = 'review_task.approve') OR (entity_id = $2 AND action = 'plan_version.approve')`,
      [taskId, version.id],
    );
    expect(txids).toHaveLength(1);

    const history = await t.get(`/review-tasks/${taskId}/history`, reviewer);
    expect(history.body.map((e: any) => e.action)).toEqual([
      'review_task.create',
      'review_task.claim',
      'review_task.approve',
    ]);
    const again = await t.post(
      `/review-tasks/${taskId}/approve`,
      { data: CABINET_DECISION },
      reviewer,
    );
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('invalid_transition');

    const decided = await t.get(
      `/notifications?filter={"reviewTaskId":"${taskId}","kind":"review_task_decided"}`,
      coordinator,
    );
    expect(decided.body).toHaveLength(1);
  });

  it('sends a proposal back to draft when a reviewer requests changes', async () => {
    const { version, taskId } = await proposalWithTask('Needs changes');
    const response = await t.post(
      `/review-tasks/${taskId}/request-changes`,
      { comment: 'KPI I-1-K1 の基準年を明記してください' },
      reviewer,
    );
    expect(response.body).toMatchObject({
      status: 'changes_requested',
      decision: 'changes_requested',
    });
    const plan = await t.get(`/plan-versions/${version.id}`, coordinator);
    expect(plan.body).toMatchObject({
      status: 'draft',
      withdrawalReason: 'KPI I-1-K1 の基準年を明記してください',
    });
  });

  it('refuses to let anyone approve their own work', async () => {
    // The dual-role user amends the plan in force and proposes the amendment.
    const [inForce] = (await t.get('/plan-versions?filter={"status":"approved"}', dual)).body;
    const amendment = await t.post(`/plan-versions/${inForce.id}/amend`, {}, dual);
    await t.post(
      `/plan-versions/${amendment.body.id}/propose`,
      { hqProposalDate: '2025-12-19', hqProposalReference: '第3回人工知能戦略本部' },
      dual,
    );
    const version = amendment.body;
    const { id: taskId } = await waitFor(async () => {
      const [row] = await t.sql(`SELECT id FROM review_task WHERE subject_id = $1`, [version.id]);
      return row;
    }, 'the task');

    const inbox = await t.get(`/review-tasks/inbox?filter={"subjectId":"${version.id}"}`, dual);
    expect(inbox.body).toEqual([]);
    for (const [action, body] of [
      ['claim', undefined],
      ['approve', { data: CABINET_DECISION }],
      ['request-changes', { comment: 'self-review' }],
    ] as const) {
      const response = await t.post(`/review-tasks/${taskId}/${action}`, body, dual);
      expect({ action, status: response.status, code: response.body.code }).toEqual({
        action,
        status: 403,
        code: 'own_work',
      });
    }
    const direct = await t.post(`/plan-versions/${version.id}/approve`, CABINET_DECISION, dual);
    expect(direct.status).toBe(403);
    expect(direct.body.code).toBe('own_work');
    expect((await t.get(`/plan-versions/${version.id}`, dual)).body.status).toBe('proposed');

    const approved = await t.post(
      `/review-tasks/${taskId}/approve`,
      { data: CABINET_DECISION },
      secondReviewer,
    );
    expect(approved.status).toBe(200);
    expect((await t.get(`/plan-versions/${inForce.id}`, dual)).body.status).toBe('superseded');
  });

  it('lets the claimer release a task, and closes the task when the proposal is withdrawn', async () => {
    const { version, taskId } = await proposalWithTask('Withdrawn later');
    await t.post(`/review-tasks/${taskId}/claim`, undefined, reviewer);
    const notMine = await t.post(`/review-tasks/${taskId}/release`, undefined, secondReviewer);
    expect(notMine.status).toBe(409);
    const released = await t.post(`/review-tasks/${taskId}/release`, undefined, reviewer);
    expect(released.body).toMatchObject({ status: 'open', claimedById: null });

    await t.post(
      `/plan-versions/${version.id}/withdraw`,
      { reason: 'HQ revises KPIs' },
      coordinator,
    );
    const task = await t.get(`/review-tasks/${taskId}`, reviewer);
    expect(task.body).toMatchObject({ status: 'done', closedReason: 'the proposal was withdrawn' });
    const claim = await t.post(`/review-tasks/${taskId}/claim`, undefined, reviewer);
    expect(claim.status).toBe(409);
  });

  it('keeps each user’s notifications to themselves, marks them read, and shows all to auditors', async () => {
    const { taskId } = await proposalWithTask('Notified');
    const mine = await t.get(
      `/notifications?filter={"reviewTaskId":"${taskId}","read":false}`,
      reviewer,
    );
    expect(mine.body).toHaveLength(1);
    expect(mine.body[0]).toMatchObject({ kind: 'review_task_assigned', readAt: null });
    const id = mine.body[0].id;

    expect((await t.post(`/notifications/${id}/read`, undefined, coordinator)).status).toBe(404);
    const read = await t.post(`/notifications/${id}/read`, undefined, reviewer);
    expect(read.status).toBe(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    const again = await t.post(`/notifications/${id}/read`, undefined, reviewer);
    expect(again.body.readAt).toBe(read.body.readAt);
    expect(
      (await t.get(`/notifications?filter={"reviewTaskId":"${taskId}","read":false}`, reviewer))
        .body,
    ).toEqual([]);

    const all = await t.get(
      `/notifications/all?filter={"reviewTaskId":"${taskId}"}`,
      await t.tokenOf('auditor'),
    );
    expect(all.body.length).toBeGreaterThanOrEqual(2);
    const oversight = await t.get(
      `/review-tasks?filter={"id":"${taskId}"}`,
      await t.tokenOf('auditor'),
    );
    expect(oversight.body).toHaveLength(1);
    const auditor = await t.tokenOf('auditor');
    expect((await t.get(`/review-tasks/${taskId}`, auditor)).status).toBe(200);
    const history = await t.get(`/review-tasks/${taskId}/history`, auditor);
    expect(history.body[0].action).toBe('review_task.create');
    expect((await t.post(`/review-tasks/${taskId}/claim`, undefined, auditor)).status).toBe(403);
    // Not in the analyst's inbox, not theirs: as if it did not exist.
    expect((await t.get(`/review-tasks/${taskId}`, await t.tokenOf('analyst'))).status).toBe(404);
  });

  it('answers bad input on every review and notification endpoint with 400/403/404/409 and writes nothing', async () => {
    const { taskId } = await proposalWithTask('Bad input');
    const missing = '00000000-0000-4000-8000-000000000000';
    const before = await t.tableCounts();
    const cases: [string, string, unknown, number, string?][] = [
      ['GET', '/review-tasks/inbox?filter={"status":"lost"}', undefined, 400, 'filter.status'],
      ['GET', '/review-tasks/inbox?sort=["secret","ASC"]', undefined, 400, 'sort'],
      ['GET', '/review-tasks/inbox?range=[0,100000]', undefined, 400, 'range'],
      ['GET', '/review-tasks/inbox?page=2', undefined, 400, 'page'],
      ['GET', '/review-tasks/not-a-uuid', undefined, 400, 'id'],
      ['GET', `/review-tasks/${missing}`, undefined, 404],
      ['GET', `/review-tasks/${missing}/history`, undefined, 404],
      ['POST', `/review-tasks/${missing}/claim`, undefined, 404],
      ['POST', '/review-tasks/nope/claim', undefined, 400, 'id'],
      ['POST', `/review-tasks/${missing}/release`, undefined, 404],
      ['POST', `/review-tasks/${taskId}/release`, undefined, 409],
      ['POST', `/review-tasks/${taskId}/approve`, { data: 'yes' }, 400, 'data'],
      ['POST', `/review-tasks/${taskId}/approve`, { colour: 'red' }, 400, 'colour'],
      ['POST', `/review-tasks/${taskId}/approve`, { comment: '' }, 400, 'comment'],
      [
        'POST',
        `/review-tasks/${taskId}/approve`,
        { data: { ...CABINET_DECISION, cabinetDecisionDate: '2025-02-30' } },
        400,
        'data.cabinetDecisionDate',
      ],
      [
        'POST',
        `/review-tasks/${taskId}/approve`,
        { data: { ...CABINET_DECISION, extra: 1 } },
        400,
        'data.extra',
      ],
      ['POST', `/review-tasks/${missing}/approve`, { data: CABINET_DECISION }, 404],
      ['POST', `/review-tasks/${taskId}/request-changes`, {}, 400, 'comment'],
      ['POST', `/review-tasks/${taskId}/request-changes`, { comment: 5 }, 400, 'comment'],
      ['POST', `/review-tasks/${taskId}/request-changes`, [1], 400, 'body'],
      ['POST', `/review-tasks/${missing}/request-changes`, { comment: 'x' }, 404],
      ['GET', '/notifications?filter={"read":"maybe"}', undefined, 400, 'filter.read'],
      ['GET', '/notifications?filter={"kind":"gossip"}', undefined, 400, 'filter.kind'],
      ['POST', `/notifications/${missing}/read`, undefined, 404],
      ['POST', '/notifications/x/read', undefined, 400, 'id'],
    ];
    for (const [method, path, body, status, field] of cases) {
      const response = await t.request(method, path, { body, token: reviewer });
      expect({ method, path, status: response.status }).toEqual({ method, path, status });
      expect(response.body).toMatchObject({ statusCode: status, code: expect.any(String) });
      if (field) expect(response.body.details.map((d: any) => d.field)).toContain(field);
    }
    const auditor = await t.tokenOf('auditor');
    expect((await t.get('/review-tasks?filter={"kind":"nap"}', auditor)).status).toBe(400);
    expect((await t.get('/notifications/all?sort=["body","ASC"]', auditor)).status).toBe(400);
    expect(await t.tableCounts()).toEqual(before);
    expect((await t.get(`/review-tasks/${taskId}`, reviewer)).body.status).toBe('open');
  });
});
