import { UnitOfWork } from '@tracker/audit';
import { systemActor } from '@tracker/core';
import { NotificationsService } from '@tracker/pdca';
import { getDataSourceToken } from '@nestjs/typeorm';
import { JobQueues, OutboxRelay, outboxJobId } from '@tracker/queue';
import { proposedPlanVersion } from '../../../test/plan-fixtures';
import { RedisServer } from '../../../test/redis-server';
import { SmtpSink } from '../../../test/smtp-sink';
import { TestApp } from '../../../test/test-app';
import { waitFor } from '../../../test/test-worker';
import { WorkerProcess, buildWorker, removeBuild, workerEnv } from '../../../test/worker-process';

/**
 * Faults, with real processes: a Redis of this test's own that it stops and starts, worker
 * processes that it kills. Nothing here touches the shared Redis.
 */
describe('worker under faults (own redis-server, real worker processes)', () => {
  let redis: RedisServer;
  let smtp: SmtpSink;
  let t: TestApp;
  let build: string;
  const workers: WorkerProcess[] = [];

  const startWorker = async () => {
    // A killed worker's job is taken up again once its lock (1.5 s) expires; jobs Redis lost
    // are looked for every second.
    const config = { ...t.config, queue: { ...t.config.queue, lockMs: 1500, recoveryMs: 1000 } };
    const worker = await WorkerProcess.start(build, workerEnv(config));
    workers.push(worker);
    return worker;
  };

  beforeAll(async () => {
    build = buildWorker();
    redis = await RedisServer.start();
    smtp = await SmtpSink.start();
    t = await TestApp.start({
      redisUrl: redis.url,
      mail: { smtpUrl: smtp.url, from: 'tracker@test.example' },
    });
  });
  afterAll(async () => {
    for (const worker of workers) await worker.stop();
    await t.stop();
    await smtp.stop();
    await redis.stop();
    removeBuild(build);
  });

  const pending = async () =>
    (await t.sql(`SELECT count(*)::int AS n FROM outbox_event WHERE relayed_at IS NULL`))[0].n;

  /** One notification to the reviewer, as a job would create it: its e-mail job follows. */
  async function notifyReviewer(dedupeKey: string) {
    const [reviewer] = await t.sql(`SELECT id FROM app_user WHERE email = 'reviewer@test.example'`);
    return t.app.get(UnitOfWork).run(systemActor('test'), async (tx) => {
      await t.app.get(NotificationsService).notify(tx, [reviewer.id], {
        kind: 'review_task_due_soon',
        title: `Mail ${dedupeKey}`,
        body: dedupeKey,
        dedupeKey,
      });
      const [row] = await tx.em.query(`SELECT id FROM notification WHERE dedupe_key = $1`, [
        dedupeKey,
      ]);
      return row.id as string;
    });
  }
  const mailsOf = (key: string) =>
    smtp.received.filter((m) => m.data.includes(`Subject: Mail ${key}\r\n`));

  it('loses no event while Redis is down: writes succeed and every event is processed once it is back', async () => {
    const worker = await startWorker();
    const coordinator = await t.tokenOf('coordinator');
    await redis.halt();

    const versions = [];
    for (let i = 1; i <= 4; i += 1) {
      versions.push(await proposedPlanVersion(t, coordinator, `Written while Redis is down ${i}`));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await pending()).toBe(4);
    expect((await t.get('/admin/jobs/failed', await t.tokenOf('admin'))).status).toBe(503);

    await redis.resume();
    await waitFor(async () => (await pending()) === 0, 'the outbox to drain', 20_000);
    const tasks = await waitFor(async () => {
      const rows = await t.sql(`SELECT subject_id FROM review_task`);
      return rows.length === 4 ? rows : null;
    }, 'four review tasks');
    expect(tasks.map((r) => r.subject_id).sort()).toEqual(versions.map((v) => v.id).sort());
    // Each task's reviewer notification is e-mailed too: the follow-up events were not lost either.
    await waitFor(async () => smtp.received.length >= 4, 'four e-mails');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received).toHaveLength(4);
    expect(worker.output).not.toMatch(/failed to start/);
  }, 40_000);

  it('retries a job whose worker was killed (SIGKILL) in the middle of it, with one effect', async () => {
    let release = () => {};
    smtp.hold = () => new Promise<void>((resolve) => (release = resolve));
    const victim = workers[0];
    const started = smtp.dataStarted;
    const id = await notifyReviewer('killed-mid-job');
    await waitFor(async () => smtp.dataStarted > started, 'the job to be mid-way');

    victim.kill('SIGKILL');
    expect((await victim.exited).signal).toBe('SIGKILL');
    smtp.hold = async () => undefined;
    release();
    const [before] = await t.sql(`SELECT emailed_at FROM notification WHERE id = $1`, [id]);
    expect(before.emailed_at).toBe(null);
    expect(mailsOf('killed-mid-job')).toHaveLength(0);

    // Another worker finds the job stalled once its lock (1.5 s) expires, and runs it again.
    await startWorker();
    await waitFor(
      async () =>
        (await t.sql(`SELECT emailed_at FROM notification WHERE id = $1`, [id]))[0].emailed_at,
      'the retried e-mail',
      20_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mailsOf('killed-mid-job')).toHaveLength(1);
    const [{ n }] = await t.sql(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'notification.email'`,
      [id],
    );
    expect(n).toBe(1);
  }, 40_000);

  it('lets the job in flight finish on SIGTERM before the worker exits', async () => {
    const worker = workers[workers.length - 1];
    smtp.hold = () => new Promise((resolve) => setTimeout(resolve, 1000));
    const started = smtp.dataStarted;
    const id = await notifyReviewer('in-flight-at-sigterm');
    await waitFor(async () => smtp.dataStarted > started, 'the job to be mid-way');

    worker.kill('SIGTERM');
    const exit = await worker.exited;
    smtp.hold = async () => undefined;
    expect(exit.signal ?? exit.code).toBe('SIGTERM');
    const [row] = await t.sql(`SELECT emailed_at FROM notification WHERE id = $1`, [id]);
    expect(row.emailed_at).not.toBe(null);
    expect(mailsOf('in-flight-at-sigterm')).toHaveLength(1);
  }, 20_000);

  it('runs two worker processes side by side: every job once, by one of them', async () => {
    const [first, second] = [await startWorker(), await startWorker()];
    const ids: string[] = [];
    for (let i = 0; i < 24; i += 1) ids.push(await notifyReviewer(`pair-${i}`));
    await waitFor(
      async () =>
        (
          await t.sql(
            `SELECT count(*)::int AS n FROM notification WHERE id = ANY($1) AND emailed_at IS NOT NULL`,
            [ids],
          )
        )[0].n === ids.length,
      'every e-mail',
      20_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (let i = 0; i < 24; i += 1) expect(mailsOf(`pair-${i}`)).toHaveLength(1);
    const jobs = await t.app.get(JobQueues).get('notifications').getCompleted(0, -1);
    const ours = jobs.filter((job) => ids.includes(job.data.notificationId));
    expect(ours).toHaveLength(ids.length);
    const by = new Set(ours.map((job) => job.processedBy?.split(':')[1]));
    expect([...by].sort()).toEqual([String(first.pid), String(second.pid)].sort());
  }, 30_000);

  const stopWorkers = async () => {
    for (const worker of workers.splice(0)) await worker.stop();
  };
  const reviewTasksOf = async (ids: string[]) =>
    (await t.sql(`SELECT subject_id FROM review_task WHERE subject_id = ANY($1)`, [ids])).map(
      (row) => row.subject_id as string,
    );

  it('relays again the jobs Redis lost in a restart without persistence, once each', async () => {
    await stopWorkers();
    const coordinator = await t.tokenOf('coordinator');
    const ids: string[] = [];
    for (let i = 1; i <= 3; i += 1) {
      ids.push((await proposedPlanVersion(t, coordinator, `Queued, then lost ${i}`)).id);
    }
    // The relay hands the events to Redis; no worker runs, so their jobs wait there.
    const relay = new OutboxRelay(t.app.get(getDataSourceToken()), t.app.get(JobQueues), {
      ...t.config,
      queue: { ...t.config.queue, recoveryMs: 1000 },
    });
    expect(await relay.relayBatch()).toBeGreaterThanOrEqual(3);
    expect(await pending()).toBe(0);
    expect(await t.app.get(JobQueues).get('review').getWaitingCount()).toBeGreaterThanOrEqual(3);

    await redis.halt();
    await redis.resume(); // empty: the jobs are gone
    const waiting = await waitFor(
      // The API's producer reconnects on its own; until then it refuses commands at once.
      () =>
        t.app
          .get(JobQueues)
          .get('review')
          .getWaitingCount()
          .then((n) => ({ n }))
          .catch(() => null),
      'the API to reconnect to Redis',
      10_000,
    );
    expect(waiting.n).toBe(0);
    const mailsBefore = smtp.received.length;

    const worker = await startWorker();
    const found = await waitFor(
      async () => {
        const tasks = await reviewTasksOf(ids);
        return tasks.length === 3 ? tasks : null;
      },
      'the review tasks of the lost jobs',
      20_000,
    );
    expect(found.sort()).toEqual([...ids].sort());
    await waitFor(async () => smtp.received.length >= mailsBefore + 3, 'their e-mails', 20_000);
    // What is not done yet is the tasks' escalations at their deadlines: delayed jobs, in Redis.
    // (A job is marked done just after its handler returns, so allow a moment for that.)
    const undone = await waitFor(async () => {
      const rows = await t.sql(
        `SELECT id::text, type FROM outbox_event WHERE done_at IS NULL AND relay_error IS NULL`,
      );
      return rows.every((row) => row.type === 'review.escalate') ? rows : null;
    }, 'the jobs to be marked done');
    expect(undone.length).toBeGreaterThanOrEqual(3);
    for (const event of undone) {
      expect(event.type).toBe('review.escalate');
      const job = await t.app.get(JobQueues).get('review').getJob(outboxJobId(event.id));
      expect(await job?.getState()).toBe('delayed');
    }
    // Once each: a further recovery pass finds nothing to relay.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await reviewTasksOf(ids)).toHaveLength(3);
    expect(smtp.received.length).toBe(mailsBefore + 3);
    expect(worker.output).toMatch(/relayed \d+ events again: Redis no longer had their jobs/);
  }, 60_000);

  it('keeps writes quick while Redis is paused, and the same worker carries on after it', async () => {
    const worker = workers[0];
    const coordinator = await t.tokenOf('coordinator');
    const admin = await t.tokenOf('admin');
    redis.pause();
    try {
      const ids: string[] = [];
      for (let i = 1; i <= 3; i += 1) {
        const started = Date.now();
        ids.push(
          (await proposedPlanVersion(t, coordinator, `Written while Redis is paused ${i}`)).id,
        );
        expect(Date.now() - started).toBeLessThan(3000);
      }
      expect((await t.get('/health/ready')).status).toBe(200);
      // The queue admin needs Redis: it answers 503 within the producer's command timeout.
      const started = Date.now();
      expect((await t.get('/admin/jobs/failed', admin)).status).toBe(503);
      expect(Date.now() - started).toBeLessThan(8000);

      redis.unpause();
      await waitFor(async () => (await pending()) === 0, 'the outbox to drain', 30_000);
      const tasks = await waitFor(
        async () => {
          const found = await reviewTasksOf(ids);
          return found.length === 3 ? found : null;
        },
        'the review tasks',
        30_000,
      );
      expect(tasks.sort()).toEqual([...ids].sort());
      expect(workers).toContain(worker);
      expect(worker.alive).toBe(true);
    } finally {
      redis.unpause();
    }
  }, 90_000);
});
