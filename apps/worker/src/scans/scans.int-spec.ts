import { randomUUID } from 'node:crypto';
import { todayInJapan } from '@tracker/core';
import { lastCompletePeriod } from '@tracker/pdca';
import type { JobName } from '@tracker/queue';
import { acceptedFinding, issuedGuidance } from '../../../../test/act-fixtures';
import { create, organisationBody, requestBody } from '../../../../test/check-fixtures';
import {
  approvedPlan,
  coordinatorOf,
  measureBody,
  milestoneBody,
} from '../../../../test/do-fixtures';
import { SmtpSink } from '../../../../test/smtp-sink';
import { TEST_PASSWORD, TestApp } from '../../../../test/test-app';
import { TestWorker, waitFor } from '../../../../test/test-worker';

/** The scheduled scans of the stages, run as BullMQ jobs against real PostgreSQL and Redis. */
describe('scheduled scans (worker)', () => {
  let t: TestApp;
  let worker: TestWorker;
  let smtp: SmtpSink;
  let objectiveIds: string[];

  beforeAll(async () => {
    // With SMTP, as in production: each notification asks for its e-mail.
    smtp = await SmtpSink.start();
    t = await TestApp.start({ mail: { smtpUrl: smtp.url, from: 'tracker@test.example' } });
    worker = await TestWorker.start(t.config);
    objectiveIds = (await approvedPlan(t)).objectives.map((o) => o.id);
  });
  afterAll(async () => {
    await worker.stop();
    await t.stop();
    await smtp.stop();
  });

  /** Runs a scan through the queue, as its scheduler would, and returns what it reported. */
  async function run(name: JobName) {
    const job = await worker.queues.get('scans').add(name, {}, { jobId: randomUUID() });
    await waitFor(async () => {
      const state = await job.getState();
      if (state === 'failed') throw new Error(`${name} failed`);
      return state === 'completed';
    }, name);
    return (await worker.queues.get('scans').getJob(job.id!))?.returnvalue;
  }

  const today = async (offsetDays: number): Promise<string> =>
    (
      await t.sql(
        `SELECT to_char((now() AT TIME ZONE 'Asia/Tokyo')::date + $1::int, 'YYYY-MM-DD') AS d`,
        [offsetDays],
      )
    )[0].d;

  async function measureWithMilestone(milestoneDue: string, over: Record<string, unknown> = {}) {
    const coordinator = await coordinatorOf(t, 'meti');
    const measure = await create(t, '/measures', measureBody(objectiveIds, over), coordinator);
    const milestone = await create(
      t,
      '/measure-milestones',
      milestoneBody(measure.id),
      coordinator,
    );
    // Due dates in the past cannot be entered; the scans are about time passing.
    await t.sql(`UPDATE measure_milestone SET due_date = $2 WHERE id = $1`, [
      milestone.id,
      milestoneDue,
    ]);
    return { measure, milestone };
  }

  const notificationsOf = (kind: string, like: string) =>
    t.sql(
      `SELECT n.*, u.email FROM notification n JOIN app_user u ON u.id = n.recipient_id
        WHERE n.kind = $1 AND n.dedupe_key LIKE $2 ORDER BY u.email`,
      [kind, like],
    );

  it('scan.measures-late notifies the lead ministry coordinators once per lateness', async () => {
    // Planned, starting in the future: no report is due, only the missed milestone makes it late.
    const late = await measureWithMilestone(await today(-3), { startDate: await today(30) });
    const onTime = await measureWithMilestone(await today(40), { startDate: await today(30) });

    expect(await run('scan.measures-late')).toMatchObject({ notified: expect.any(Number) });
    const first = await notificationsOf('measure_late', `measure_late:${late.measure.id}:%`);
    expect(first.map((n) => n.email)).toEqual(['coordinator.meti@test.example']);
    expect(first[0]).toMatchObject({
      dedupe_key: `measure_late:${late.measure.id}:milestone:${late.milestone.id}:${await today(-3)}`,
      title: expect.stringContaining(late.measure.code),
    });
    expect(first[0].body).toContain('was due on');
    expect(await notificationsOf('measure_late', `measure_late:${onTime.measure.id}:%`)).toEqual(
      [],
    );
    const [audit] = await t.sql(
      `SELECT actor_label, after FROM audit_event WHERE action = 'notification.create' AND entity_id = $1`,
      [first[0].id],
    );
    expect(audit).toMatchObject({
      actor_label: 'system:scan.measures-late',
      after: { kind: 'measure_late', dedupeKey: first[0].dedupe_key, readAt: null },
    });
    const [mail] = await t.sql(
      `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'notification.send-email' AND payload->>'notificationId' = $1`,
      [first[0].id],
    );
    expect(mail.n).toBe(1);

    // In progress with no report for the last complete quarter: late for that report, once.
    const meti = await coordinatorOf(t, 'meti');
    const unreported = await create(
      t,
      '/measures',
      measureBody(objectiveIds, { startDate: '2025-04-01' }),
      meti,
    );
    expect((await t.post(`/measures/${unreported.id}/start`, {}, meti)).status).toBe(200);
    expect(await run('scan.measures-late')).toEqual({ notified: 1 });
    const [missing] = await notificationsOf('measure_late', `measure_late:${unreported.id}:%`);
    expect(missing.dedupe_key).toBe(
      `measure_late:${unreported.id}:report:${lastCompletePeriod(todayInJapan()).label}`,
    );

    // Again: nothing new. A new lateness (the due date moved and passed again) is notified.
    expect(await run('scan.measures-late')).toEqual({ notified: 0 });
    await t.sql(`UPDATE measure_milestone SET due_date = $2 WHERE id = $1`, [
      late.milestone.id,
      await today(-1),
    ]);
    expect(await run('scan.measures-late')).toEqual({ notified: 1 });
    expect(await notificationsOf('measure_late', `measure_late:${late.measure.id}:%`)).toHaveLength(
      2,
    );
  });

  it('scan.milestones-due notifies the owners of milestones due within 14 days, once', async () => {
    const soon = await measureWithMilestone(await today(10));
    const later = await measureWithMilestone(await today(20));
    const done = await measureWithMilestone(await today(5));
    await t.sql(`UPDATE measure_milestone SET done_on = $2 WHERE id = $1`, [
      done.milestone.id,
      await today(-1),
    ]);

    await run('scan.milestones-due');
    const notified = await notificationsOf('milestone_due_soon', `milestone_due:%`);
    const keys = notified.map((n) => n.dedupe_key);
    expect(keys).toContain(`milestone_due:${soon.milestone.id}:${await today(10)}`);
    expect(keys.some((k) => k.includes(later.milestone.id))).toBe(false);
    expect(keys.some((k) => k.includes(done.milestone.id))).toBe(false);
    expect(notified.find((n) => n.dedupe_key.includes(soon.milestone.id))).toMatchObject({
      email: 'coordinator.meti@test.example',
      title: expect.stringContaining(soon.measure.code),
    });

    expect(await run('scan.milestones-due')).toEqual({ notified: 0 });
    expect(await notificationsOf('milestone_due_soon', `milestone_due:%`)).toHaveLength(
      notified.length,
    );
  });

  it('scan.information-requests-overdue notifies the analyst who sent it, once', async () => {
    const analyst = await t.tokenOf('analyst');
    const { investigationId } = await acceptedFinding(t);
    const organisation = await create(t, '/organisations', organisationBody(), analyst);
    const overdue = await create(
      t,
      '/information-requests',
      requestBody(investigationId, organisation.id),
      analyst,
    );
    const notDue = await create(
      t,
      '/information-requests',
      requestBody(investigationId, organisation.id, { subject: 'まだ期限前' }),
      analyst,
    );
    await t.sql(`UPDATE information_request SET due_date = $2 WHERE id = $1`, [
      overdue.id,
      await today(-2),
    ]);

    expect(await run('scan.information-requests-overdue')).toEqual({ notified: 1 });
    const [notification] = await notificationsOf('information_request_overdue', `%${overdue.id}%`);
    expect(notification).toMatchObject({
      email: 'analyst@test.example',
      dedupe_key: `information_request_overdue:${overdue.id}:${await today(-2)}`,
    });
    expect(await notificationsOf('information_request_overdue', `%${notDue.id}%`)).toEqual([]);
    expect(await run('scan.information-requests-overdue')).toEqual({ notified: 0 });
  });

  it('scan.guidance-follow-up-due opens one follow-up task per follow-up date', async () => {
    const { findingId } = await acceptedFinding(t);
    // An analyst of the issuing authority (PPC), whose inbox the follow-up goes to.
    const created = await t.post(
      '/users',
      {
        email: 'analyst.ppc@test.example',
        displayName: 'PPC analyst',
        ministry: 'ppc',
        roles: ['analyst'],
        password: TEST_PASSWORD,
      },
      await t.tokenOf('admin'),
    );
    expect(created.status).toBe(201);
    const due = await issuedGuidance(t, [findingId], { followUpDate: '2026-08-01' });
    const notDue = await issuedGuidance(t, [findingId], { followUpDate: '2099-08-01' });
    const tasksOf = (id: string) =>
      t.sql(`SELECT * FROM review_task WHERE subject_id = $1 AND kind = 'follow_up'`, [id]);

    expect(await run('scan.guidance-follow-up-due')).toEqual({ opened: 1 });
    const [task] = await tasksOf(due.id);
    expect(task).toMatchObject({
      subject_type: 'guidance',
      status: 'open',
      assigned_role: 'analyst',
      ministry: 'ppc',
      subject_label: expect.stringContaining(due.referenceNumber),
    });
    expect(await tasksOf(notDue.id)).toEqual([]);
    const [escalation] = await t.sql(
      `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'review.escalate' AND payload->>'taskId' = $1`,
      [task.id],
    );
    expect(escalation.n).toBe(1);
    const assigned = await t.sql(
      `SELECT u.email FROM notification n JOIN app_user u ON u.id = n.recipient_id
        WHERE n.review_task_id = $1 AND n.kind = 'review_task_assigned'`,
      [task.id],
    );
    expect(assigned.map((n) => n.email)).toEqual(['analyst.ppc@test.example']);
    const [audit] = await t.sql(
      `SELECT after FROM audit_event WHERE action = 'review_task.create' AND entity_id = $1`,
      [task.id],
    );
    expect(audit.after).toMatchObject({ kind: 'follow_up', status: 'open', subjectId: due.id });

    expect(await run('scan.guidance-follow-up-due')).toEqual({ opened: 0 });
    // Recording the result closes the task; it is not opened again.
    const analyst = await t.tokenOf('analyst');
    const current = await t.get(`/guidance/${due.id}`, analyst);
    const updated = await t.put(
      `/guidance/${due.id}`,
      { version: current.body.version, followUpResult: '是正を確認 / Remedy confirmed' },
      analyst,
    );
    expect(updated.status).toBe(200);
    expect((await tasksOf(due.id))[0]).toMatchObject({ status: 'done' });
    expect(await run('scan.guidance-follow-up-due')).toEqual({ opened: 0 });
    expect(await tasksOf(due.id)).toHaveLength(1);
  });
});
