import { CABINET_DECISION, proposedPlanVersion } from '../../../test/plan-fixtures';
import { TestApp } from '../../../test/test-app';
import { TestWorker, waitFor } from '../../../test/test-worker';

/** Review deadlines shortened to 1.5 s, so the delayed escalation jobs fire during the test. */
describe('escalation of overdue review tasks (worker, delayed jobs)', () => {
  let t: TestApp;
  let worker: TestWorker;

  beforeAll(async () => {
    t = await TestApp.start({ reviewDeadlineOverrideMs: 1500 });
    worker = await TestWorker.start(t.config);
  });
  afterAll(async () => {
    await worker.stop();
    await t.stop();
  });

  it('escalates an overdue task to the administrators, records it, notifies them, and stops at the top', async () => {
    const coordinator = await t.tokenOf('coordinator');
    const reviewer = await t.tokenOf('reviewer');
    const admin = await t.tokenOf('admin');
    const version = await proposedPlanVersion(t, coordinator, 'Left waiting');
    const task = await waitFor(async () => {
      const [row] = await t.sql(`SELECT * FROM review_task WHERE subject_id = $1`, [version.id]);
      return row;
    }, 'the task');
    expect(task).toMatchObject({ status: 'open', escalation_level: 0, assigned_role: 'reviewer' });
    await t.post(`/review-tasks/${task.id}/claim`, undefined, reviewer);

    const escalated = await waitFor(async () => {
      const response = await t.get(`/review-tasks?filter={"id":"${task.id}"}`, admin);
      return response.body[0]?.status === 'escalated' ? response.body[0] : null;
    }, 'the escalation');
    expect(escalated).toMatchObject({
      escalationLevel: 1,
      assignedRole: 'admin',
      ministry: null,
      claimedById: null,
      escalatedAt: expect.any(String),
    });
    expect(new Date(escalated.dueAt).getTime()).toBeGreaterThan(Date.now());
    const [event] = await t.sql(
      `SELECT actor_label, before, after FROM audit_event WHERE entity_id = $1 AND action = 'review_task.escalate'`,
      [task.id],
    );
    expect(event).toMatchObject({
      actor_label: 'system:review',
      before: { status: 'claimed', escalationLevel: 0, assignedRole: 'reviewer' },
      after: { status: 'escalated', escalationLevel: 1, assignedRole: 'admin' },
    });
    const notified = await t.sql(
      `SELECT u.email FROM notification n JOIN app_user u ON u.id = n.recipient_id
        WHERE n.review_task_id = $1 AND n.kind = 'review_task_escalated' ORDER BY u.email`,
      [task.id],
    );
    // The administrators, and the reviewer who had claimed it.
    expect(notified.map((n) => n.email)).toEqual(['admin@test.example', 'reviewer@test.example']);

    // The reviewer lost it; an administrator decides.
    expect((await t.post(`/review-tasks/${task.id}/approve`, {}, reviewer)).status).toBe(404);
    const inbox = await t.get('/review-tasks/inbox?filter={"escalated":true}', admin);
    expect(inbox.body.map((x: any) => x.id)).toContain(task.id);

    // Past its second deadline it stays with the administrators: there is no level above.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const [after] = await t.sql(`SELECT status, escalation_level FROM review_task WHERE id = $1`, [
      task.id,
    ]);
    expect(after).toEqual({ status: 'escalated', escalation_level: 1 });
    const approved = await t.post(
      `/review-tasks/${task.id}/approve`,
      { data: CABINET_DECISION },
      admin,
    );
    expect(approved.body).toMatchObject({ status: 'approved', escalationLevel: 1 });
  }, 20_000);
});
