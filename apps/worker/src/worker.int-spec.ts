import { Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { UnitOfWork } from '@tracker/audit';
import { systemActor } from '@tracker/core';
import { DatabaseModule } from '@tracker/database';
import { NotificationsService } from '@tracker/pdca';
import {
  JOB_NAMES,
  JOBS,
  JobHandler,
  JobRegistryError,
  OutboxRelay,
  QueueModule,
  outboxJobId,
} from '@tracker/queue';
import { DataSource } from 'typeorm';
import { proposedPlanVersion } from '../../../test/plan-fixtures';
import { SmtpSink } from '../../../test/smtp-sink';
import { TestApp } from '../../../test/test-app';
import { TestWorker, waitFor } from '../../../test/test-worker';
import { WorkerModule } from './worker.module';

describe('worker: outbox → BullMQ → jobs (real PostgreSQL and Redis)', () => {
  let t: TestApp;
  let worker: TestWorker;
  let smtp: SmtpSink;
  let coordinator: string;

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    t = await TestApp.start({ mail: { smtpUrl: smtp.url, from: 'tracker@test.example' } });
    worker = await TestWorker.start({ ...t.config, queue: { ...t.config.queue, schedules: true } });
    coordinator = await t.tokenOf('coordinator');
  });
  afterAll(async () => {
    await worker.stop();
    await t.stop();
    await smtp.stop();
  });

  const tasksOf = (subjectId: string) =>
    t.sql(`SELECT * FROM review_task WHERE subject_id = $1`, [subjectId]);
  const pendingOutbox = async () =>
    (await t.sql(`SELECT count(*)::int AS n FROM outbox_event WHERE relayed_at IS NULL`))[0].n;

  it('opens an approval task when a plan version is proposed, and notifies its reviewers by mail', async () => {
    const version = await proposedPlanVersion(t, coordinator, 'Proposal to review');
    const [task] = await waitFor(async () => {
      const rows = await tasksOf(version.id);
      return rows.length ? rows : null;
    }, 'the approval task');
    expect(task).toMatchObject({
      subject_type: 'plan_version',
      kind: 'approval',
      status: 'open',
      assigned_role: 'reviewer',
      ministry: 'cao',
      escalation_level: 0,
    });
    const [coordinatorUser] = await t.sql(`SELECT id FROM app_user WHERE email = $1`, [
      'coordinator@test.example',
    ]);
    expect(task.submitted_by_id).toBe(coordinatorUser.id);

    const recipients = await t.sql(
      `SELECT u.email FROM notification n JOIN app_user u ON u.id = n.recipient_id
        WHERE n.review_task_id = $1 AND n.kind = 'review_task_assigned'`,
      [task.id],
    );
    expect(recipients.map((r) => r.email)).toEqual(['reviewer@test.example']);
    await waitFor(
      async () => smtp.received.some((m) => m.to.includes('<reviewer@test.example>')),
      'the e-mail to the reviewer',
    );
    expect(await pendingOutbox()).toBe(0);
  });

  it('has one effect when the same event is relayed twice and the same job is delivered twice', async () => {
    const version = await proposedPlanVersion(t, coordinator, 'Relayed twice');
    await waitFor(async () => (await tasksOf(version.id)).length === 1, 'the task');
    const [event] = await t.sql(
      `SELECT id::text, payload FROM outbox_event WHERE type = 'review.open-task' AND payload->>'subjectId' = $1`,
      [version.id],
    );
    const queue = worker.queues.get(JOBS['review.open-task'].queue);
    const first = await queue.getJob(outboxJobId(event.id));
    expect(first).toMatchObject({ attemptsMade: 1, returnvalue: { opened: expect.any(String) } });

    // The relay's commit was lost: the event is pending again and is relayed a second time.
    await t.sql(`UPDATE outbox_event SET relayed_at = NULL WHERE id = $1`, [event.id]);
    await waitFor(async () => (await pendingOutbox()) === 0, 'the second relay');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const same = await queue.getJob(outboxJobId(event.id));
    expect(same).toMatchObject({ attemptsMade: 1, finishedOn: first?.finishedOn });

    // The same message delivered again under another id (a retry after a lost ack).
    const again = await queue.add('review.open-task', event.payload, { jobId: 'redelivered-1' });
    await waitFor(async () => (await again.getState()) === 'completed', 'the redelivery');
    expect((await queue.getJob('redelivered-1'))?.returnvalue).toEqual({ opened: null });
    expect(await tasksOf(version.id)).toHaveLength(1);
    const created = await t.sql(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'review_task.create' AND after->>'subjectId' = $1`,
      [version.id],
    );
    expect(created[0].n).toBe(1);

    // Delivered again while a reviewer's change to the waiting task is not yet committed: the
    // job sees the task as last committed and does not wait for the reviewer (who, deciding,
    // may wait for the subject the job has locked: a deadlock).
    const reviewer = await t.db.connect();
    try {
      await reviewer.query('BEGIN');
      await reviewer.query(`UPDATE review_task SET version = version + 1 WHERE subject_id = $1`, [
        version.id,
      ]);
      const during = await queue.add('review.open-task', event.payload, {
        jobId: 'redelivered-2',
      });
      await waitFor(async () => (await during.getState()) === 'completed', 'the redelivery', 5000);
      expect((await queue.getJob('redelivered-2'))?.returnvalue).toEqual({ opened: null });
    } finally {
      await reviewer.query('ROLLBACK');
      reviewer.release();
    }
    expect(await tasksOf(version.id)).toHaveLength(1);

    // An escalation delivered before the deadline changes nothing and asks again at the deadline.
    const [task] = await tasksOf(version.id);
    const early = await queue.add(
      'review.escalate',
      { taskId: task.id, level: 0 },
      { jobId: 'early-1' },
    );
    await waitFor(async () => (await early.getState()) === 'completed', 'the early escalation');
    expect((await queue.getJob('early-1'))?.returnvalue).toEqual({ result: 'not_due' });
    expect((await tasksOf(version.id))[0]).toMatchObject({ status: 'open', escalation_level: 0 });
    const asks = await t.sql(
      `SELECT run_at FROM outbox_event WHERE type = 'review.escalate' AND payload->>'taskId' = $1`,
      [task.id],
    );
    expect(asks.map((a) => a.run_at.getTime())).toEqual([
      task.due_at.getTime(),
      task.due_at.getTime(),
    ]);
  });

  it('lets two workers relay and process side by side: every job once, every e-mail once', async () => {
    const second = await TestWorker.start(t.config);
    try {
      const users = await t.sql(`SELECT id FROM app_user ORDER BY email`);
      const notifications = t.app.get(NotificationsService);
      const before = smtp.received.length;
      // 60 notifications in one transaction: 60 e-mail jobs arriving at once.
      await t.app.get(UnitOfWork).run(systemActor('test'), async (tx) => {
        for (let i = 0; i < 12; i += 1) {
          await notifications.notify(
            tx,
            users.map((u) => u.id),
            {
              kind: 'review_task_due_soon',
              title: `Load ${i}`,
              body: `Message ${i}`,
              dedupeKey: `load:${i}`,
            },
          );
        }
      });
      const total = users.length * 12;
      await waitFor(async () => smtp.received.length - before >= total, `${total} e-mails`, 30_000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const mails = smtp.received
        .slice(before)
        .map((m) => `${m.to.join()} ${m.data.match(/Subject: (.*)/)?.[1]}`);
      expect(mails).toHaveLength(total);
      expect(new Set(mails).size).toBe(total);
      const [{ emailed }] = await t.sql(
        `SELECT count(*)::int AS emailed FROM notification WHERE dedupe_key LIKE 'load:%' AND emailed_at IS NOT NULL`,
      );
      expect(emailed).toBe(total);

      const queue = worker.queues.get('notifications');
      const done = (await queue.getCompleted(0, -1)).filter(
        (job) => job.returnvalue?.result === 'sent',
      );
      expect(done.filter((job) => job.attemptsMade !== 1)).toEqual([]);
      expect(new Set(done.map((job) => job.processedBy)).size).toBe(2);
    } finally {
      await second.stop();
    }
  });

  it('registers the scans as cron job schedulers, and a scan run twice notifies once', async () => {
    const schedulers = await worker.queues.get('scans').getJobSchedulers();
    const cronJobs = Object.entries(JOBS).flatMap(([name, job]) =>
      'cron' in job ? [[name, job.cron, 'Asia/Tokyo']] : [],
    );
    expect(cronJobs.length).toBeGreaterThanOrEqual(3);
    expect(schedulers.map((s) => [s.key, s.pattern, s.tz]).sort()).toEqual(cronJobs.sort());

    const version = await proposedPlanVersion(t, coordinator, 'Due soon');
    const [task] = await waitFor(async () => {
      const rows = await tasksOf(version.id);
      return rows.length ? rows : null;
    }, 'the task');
    // Within the last fifth of its ten days, not yet overdue.
    await t.sql(`UPDATE review_task SET due_at = now() + interval '1 hour' WHERE id = $1`, [
      task.id,
    ]);
    const scans = worker.queues.get('scans');
    for (const id of ['scan-run-1', 'scan-run-2']) {
      const job = await scans.add('scan.review-tasks-due', {}, { jobId: id });
      await waitFor(async () => (await job.getState()) === 'completed', id);
    }
    const dueSoon = await t.sql(
      `SELECT recipient_id FROM notification WHERE review_task_id = $1 AND kind = 'review_task_due_soon'`,
      [task.id],
    );
    expect(dueSoon).toHaveLength(1);
    expect((await scans.getJob('scan-run-2'))?.returnvalue).toEqual({ reminded: 0, escalated: 0 });
    expect(await tasksOf(version.id)).toHaveLength(1);
  });

  describe('the job registry', () => {
    @Injectable()
    class SecondEscalation {
      @JobHandler('review.escalate')
      async escalate() {
        return null;
      }
    }

    /** Initialises a worker made of `imports` and `providers`; closes it whatever happens. */
    async function startWorker(imports: unknown[], providers: unknown[]) {
      const moduleRef = await Test.createTestingModule({
        imports: imports as never[],
        providers: providers as never[],
      }).compile();
      moduleRef.useLogger(false);
      try {
        await moduleRef.init();
      } catch (error) {
        // A context that failed to start cannot be closed (close() rethrows the failure).
        await moduleRef.get(DataSource).destroy();
        return error;
      }
      await moduleRef.close();
      return null;
    }

    it('refuses to start a worker whose job has two handlers', async () => {
      const error = await startWorker([WorkerModule.forRoot(t.config)], [SecondEscalation]);
      expect(error).toBeInstanceOf(JobRegistryError);
      expect((error as JobRegistryError).problems).toEqual([
        'job review.escalate has 2 handlers: ReviewJobs.escalate, SecondEscalation.escalate',
      ]);
    });

    it('refuses to start a worker whose job has no handler', async () => {
      const error = await startWorker(
        [DatabaseModule.forRoot(t.config), QueueModule.forWorker()],
        [SecondEscalation],
      );
      expect(error).toBeInstanceOf(JobRegistryError);
      // Every job but the one SecondEscalation handles is reported, by name.
      const problems = (error as JobRegistryError).problems;
      expect(problems).toEqual(
        JOB_NAMES.filter((name) => name !== 'review.escalate').map(
          (name) => `job ${name} has no handler`,
        ),
      );
      expect(problems).toContain('job review.open-task has no handler');
    });

    it('starts when every job has exactly one handler', async () => {
      expect(await startWorker([WorkerModule.forRoot(t.config)], [])).toBe(null);
    });
  });

  it('relays a batch once even when two relays run at the same moment', async () => {
    await t.app.get(UnitOfWork).run(systemActor('test'), async (tx) => {
      for (let i = 0; i < 50; i += 1) {
        await tx.emit('review.escalate', {
          taskId: '00000000-0000-4000-8000-000000000000',
          level: i,
        });
      }
    });
    const relay = worker.context.get(OutboxRelay);
    const counts = await Promise.all([
      relay.relayBatch(30),
      relay.relayBatch(30),
      relay.relayBatch(30),
    ]);
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(50);
    await waitFor(async () => (await pendingOutbox()) === 0, 'every event relayed');

    // Done events are deleted once past the retention period; an old one not done stays.
    await waitFor(
      async () =>
        (await t.sql(`SELECT count(*)::int AS n FROM outbox_event WHERE done_at IS NOT NULL`))[0]
          .n >= 6,
      'jobs done',
    );
    await t.sql(
      `UPDATE outbox_event SET relayed_at = now() - interval '31 days', done_at = now() - interval '31 days' WHERE id IN (SELECT id FROM outbox_event WHERE done_at IS NOT NULL ORDER BY id LIMIT 5)`,
    );
    await t.sql(
      `UPDATE outbox_event SET relayed_at = now() - interval '31 days', done_at = NULL WHERE id = (SELECT id FROM outbox_event WHERE done_at IS NOT NULL ORDER BY id DESC LIMIT 1)`,
    );
    const scans = worker.queues.get('scans');
    const prune = await scans.add('scan.outbox-prune', {}, { jobId: 'prune-1' });
    await waitFor(async () => (await prune.getState()) === 'completed', 'the prune');
    expect((await scans.getJob('prune-1'))?.returnvalue).toEqual({ deleted: 5 });
  });
});
