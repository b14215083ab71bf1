import { UnitOfWork } from '@tracker/audit';
import { systemActor } from '@tracker/core';
import { NotificationsService } from '@tracker/pdca';
import { SmtpSink } from '../../../../test/smtp-sink';
import { TestApp } from '../../../../test/test-app';
import { TestWorker, waitFor } from '../../../../test/test-worker';
import { DASHBOARD_PATH } from './queue-dashboard';

describe('job administration: failed jobs and the bull-board dashboard (admins only)', () => {
  let t: TestApp;
  let worker: TestWorker;
  let smtp: SmtpSink;
  let admin: string;

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    t = await TestApp.start({ mail: { smtpUrl: smtp.url, from: 'tracker@test.example' } });
    // Ten tries with 5, 10, 20 ... ms between them: the job fails within a few seconds.
    worker = await TestWorker.start({ ...t.config, queue: { ...t.config.queue, backoffMs: 5 } });
    admin = await t.tokenOf('admin');
  });
  afterAll(async () => {
    await worker.stop();
    await t.stop();
    await smtp.stop();
  });

  /** A raw request to the dashboard, outside /api/v1. */
  const dashboard = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${t.baseUrl.replace('/api/v1', '')}${DASHBOARD_PATH}${path}`, { headers });

  it('keeps a job that used up its retries visible with its error, and lets an admin run it again', async () => {
    smtp.refuse = true;
    const [reviewer] = await t.sql(`SELECT id FROM app_user WHERE email = 'reviewer@test.example'`);
    const notification = await t.app.get(UnitOfWork).run(systemActor('test'), async (tx) => {
      await t.app.get(NotificationsService).notify(tx, [reviewer.id], {
        kind: 'review_task_due_soon',
        title: 'Undeliverable for now',
        body: 'The mail server refuses this one at first.',
        dedupeKey: 'admin-retry',
      });
      return (await tx.em.query(`SELECT id FROM notification WHERE dedupe_key = 'admin-retry'`))[0];
    });
    const failed = await waitFor(
      async () => {
        const response = await t.get('/admin/jobs/failed', admin);
        return response.body.find((job: any) => job.data.notificationId === notification.id);
      },
      'the job to fail',
      30_000,
    );
    expect(failed).toMatchObject({
      queue: 'notifications',
      name: 'notification.send-email',
      attemptsMade: 10,
      failedReason: expect.stringContaining('451'),
    });

    smtp.refuse = false;
    const retried = await t.post(
      `/admin/jobs/${failed.queue}/${failed.id}/retry`,
      undefined,
      admin,
    );
    expect(retried.status).toBe(200);
    await waitFor(async () => {
      const [row] = await t.sql(`SELECT emailed_at FROM notification WHERE id = $1`, [
        notification.id,
      ]);
      return row.emailed_at;
    }, 'the e-mail after the retry');
    expect(smtp.received.filter((m) => m.data.includes('Undeliverable'))).toHaveLength(1);
    expect((await t.get('/admin/jobs/failed', admin)).body).toEqual([]);

    const unknown = await t.post(
      `/admin/jobs/${failed.queue}/${failed.id}/retry`,
      undefined,
      admin,
    );
    expect(unknown.status).toBe(404);
    expect((await t.post(`/admin/jobs/nowhere/1/retry`, undefined, admin)).status).toBe(404);
  }, 30_000);

  it('serves the dashboard to admins only: pages, assets and its API', async () => {
    const reviewer = await t.tokenOf('reviewer');
    for (const path of ['', '/api/queues', '/static/js/main.js']) {
      expect((await dashboard(path)).status).toBe(401);
      expect((await dashboard(path, { authorization: 'Bearer forged.token.here' })).status).toBe(
        401,
      );
      expect((await dashboard(path, { authorization: `Bearer ${reviewer}` })).status).toBe(403);
    }
    const page = await dashboard('', { authorization: `Bearer ${admin}` });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    const queues = await dashboard('/api/queues', { authorization: `Bearer ${admin}` });
    expect(queues.status).toBe(200);
    expect(((await queues.json()) as any).queues.map((q: any) => q.name).sort()).toEqual([
      'notifications',
      'review',
      'scans',
    ]);

    // A browser gets a cookie scoped to the dashboard, and only admins get one.
    expect((await t.post('/admin/queues/session', undefined, reviewer)).status).toBe(403);
    const session = await t.post('/admin/queues/session', undefined, admin);
    expect(session.status).toBe(204);
    const cookie = session.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(
      /^tracker_queues=.+; Path=\/api\/admin\/queues; HttpOnly; SameSite=Strict/,
    );
    const withCookie = await dashboard('/api/queues', { cookie: cookie.split(';')[0] });
    expect(withCookie.status).toBe(200);
    const reviewerCookie = `tracker_queues=${reviewer}`;
    expect((await dashboard('/api/queues', { cookie: reviewerCookie })).status).toBe(403);

    // Signing out ends the dashboard session too.
    const login = await t.login('admin@test.example');
    const token = login.body.accessToken;
    await t.post('/auth/logout', undefined, token);
    expect((await dashboard('', { cookie: `tracker_queues=${token}` })).status).toBe(401);
  });
});
