import { JOBS } from '@tracker/queue';
import { scoreIncident } from '@tracker/pdca';
import { create, incidentBody } from '../../../test/check-fixtures';
import { TEST_PASSWORD, TestApp } from '../../../test/test-app';
import { TestWorker, waitFor } from '../../../test/test-worker';

/**
 * Incident triage end to end: an incident reported through the API is scored, its likely
 * duplicates found and a triage task opened for the analysts of its sector's ministry, by the
 * worker (real PostgreSQL and Redis).
 */
describe('incident triage (API → outbox → worker)', () => {
  let t: TestApp;
  let worker: TestWorker;
  let analyst: string;

  const ja = (titleJa: string, overrides: Record<string, unknown> = {}) =>
    incidentBody({ titleJa, titleEn: null, summaryEn: null, ...overrides });
  const en = (titleEn: string, overrides: Record<string, unknown> = {}) =>
    incidentBody({ titleEn, titleJa: null, summaryJa: null, ...overrides });

  const triageTasks = (incidentId: string) =>
    t.sql(`SELECT * FROM review_task WHERE subject_id = $1 AND kind = 'triage'`, [incidentId]);
  const taskOf = async (incidentId: string) =>
    (
      await waitFor(async () => {
        const rows = await triageTasks(incidentId);
        return rows.length ? rows : null;
      }, `the triage task of ${incidentId}`)
    )[0];
  const candidatesOf = (task: { context: { duplicateCandidates: { incidentId: string }[] } }) =>
    task.context.duplicateCandidates.map((c) => c.incidentId);

  /** Existing incidents, each triaged by the worker before the new reports come in. */
  let existing: Record<
    'chatbotLeak' | 'longAgo' | 'robotArm' | 'illustration' | 'autonomousBus',
    string
  >;

  beforeAll(async () => {
    t = await TestApp.start();
    worker = await TestWorker.start(t.config);
    analyst = await t.tokenOf('analyst');
    const created = await t.post(
      '/users',
      {
        email: 'analyst.fsa@test.example',
        displayName: 'FSA analyst',
        ministry: 'fsa',
        roles: ['analyst'],
        clearance: 'internal',
        password: TEST_PASSWORD,
      },
      await t.tokenOf('admin'),
    );
    expect(created.status).toBe(201);
    existing = {
      chatbotLeak: (
        await create(t, '/incidents', ja('生成AIチャットボットによる顧客の個人情報漏えい'), analyst)
      ).id,
      // The same case a year earlier: outside the window of a duplicate (same day ± 30 days).
      longAgo: (
        await create(
          t,
          '/incidents',
          ja('生成AIチャットボットによる顧客の個人情報漏えい', {
            occurredDate: '2025-01-10',
            reportedDate: '2025-01-12',
          }),
          analyst,
        )
      ).id,
      robotArm: (
        await create(
          t,
          '/incidents',
          en(
            'Vision AI on an assembly line failed to detect a worker and the robot arm struck him',
            {
              sector: 'manufacturing',
              riskCategories: ['malfunction_safety'],
            },
          ),
          analyst,
        )
      ).id,
      illustration: (
        await create(
          t,
          '/incidents',
          ja('画像生成AIによる著作権侵害（イラスト）', {
            sector: 'media',
            riskCategories: ['ip_infringement'],
          }),
          analyst,
        )
      ).id,
      autonomousBus: (
        await create(
          t,
          '/incidents',
          ja('自動運転バスが交差点で停止できず接触事故', {
            sector: 'mobility',
            riskCategories: ['malfunction_safety'],
          }),
          analyst,
        )
      ).id,
    };
    for (const id of Object.values(existing)) await taskOf(id);
  });
  afterAll(async () => {
    await worker.stop();
    await t.stop();
  });

  it('finds the Japanese near-duplicate and gives the task to the analysts of the FSA', async () => {
    const body = ja('生成AIチャットボットが顧客の個人情報を漏えい', {
      affectedInterests: ['privacy', 'property'],
      peopleAffected: 12_000,
      severity: 'medium',
    });
    const incident = await create(t, '/incidents', body, analyst);
    const task = await taskOf(incident.id);
    expect(task).toMatchObject({
      subject_type: 'incident',
      status: 'open',
      assigned_role: 'analyst',
      ministry: 'fsa',
      submitted_by_id: null,
    });
    expect(task.subject_label).toBe(
      `${incident.reference} 生成AIチャットボットが顧客の個人情報を漏えい`,
    );
    expect(candidatesOf(task)).toEqual([existing.chatbotLeak]);
    expect(task.context.duplicateCandidates[0].similarity).toBeGreaterThan(0.5);

    // finance 2 + privacy 2 + property 2 + 12,000 people 2 = 8: high; wide reach: urgent.
    const expected = scoreIncident({ ...body, advancedAi: false, openWeight: false } as never);
    expect(expected).toEqual({ points: 8, scoredSeverity: 'high', priority: 'urgent' });
    expect(task.context).toMatchObject({
      severity: 'medium',
      scoredSeverity: 'high',
      priority: 'urgent',
    });
    const read = await t.get(`/incidents/${incident.id}`, analyst);
    // The reporter's severity and the incident's version stay; the score sits beside them.
    expect(read.body).toMatchObject({
      severity: 'medium',
      version: incident.version,
      score: { scoredSeverity: 'high', priority: 'urgent', points: 8 },
    });

    const notified = await t.sql(
      `SELECT u.email FROM notification n JOIN app_user u ON u.id = n.recipient_id
        WHERE n.review_task_id = $1 AND n.kind = 'review_task_assigned'`,
      [task.id],
    );
    expect(notified.map((n) => n.email)).toEqual(['analyst.fsa@test.example']);
    // This app has no SMTP: the notification asks for no e-mail job that could only be skipped.
    const [mail] = await t.sql(
      `SELECT count(*)::int AS n FROM outbox_event e JOIN notification n ON n.id::text = e.payload->>'notificationId'
        WHERE e.type = 'notification.send-email' AND n.review_task_id = $1`,
      [task.id],
    );
    expect(mail.n).toBe(0);
  });

  it('finds the English near-duplicate and gives the task to the analysts of METI', async () => {
    const incident = await create(
      t,
      '/incidents',
      en('Assembly-line vision AI failed to detect a worker; robot arm struck him', {
        sector: 'manufacturing',
        riskCategories: ['malfunction_safety'],
        affectedInterests: ['life_and_health'],
        peopleAffected: 1,
        severity: 'low',
      }),
      analyst,
    );
    const task = await taskOf(incident.id);
    expect(task).toMatchObject({ ministry: 'meti', assigned_role: 'analyst' });
    expect(candidatesOf(task)).toEqual([existing.robotArm]);
    // manufacturing 1 + malfunction 3 + life 3 = 7: high (and at least high for life and health).
    expect(task.context).toMatchObject({ points: 7, scoredSeverity: 'high', priority: 'high' });
  });

  it('finds no candidates for an unrelated incident, nor for one that only shares a name', async () => {
    const unrelated = await create(
      t,
      '/incidents',
      ja('ディープフェイク音声を使った詐欺電話'),
      analyst,
    );
    const sharesName = await create(
      t,
      '/incidents',
      ja('生成AIチャットボットの誤回答による金融商品の誤販売'),
      analyst,
    );
    const english = await create(
      t,
      '/incidents',
      en('Deepfake video of a mayor spread before the local election', { sector: 'media' }),
      analyst,
    );
    for (const id of [unrelated.id, sharesName.id, english.id]) {
      expect(candidatesOf(await taskOf(id))).toEqual([]);
    }
    // Media goes to MIC, which has no analyst here: the Cabinet Office's analysts take it.
    expect((await taskOf(english.id)).ministry).toBe('cao');
  });

  it('has one effect when the job is delivered twice, and none once the incident moved on', async () => {
    const incident = await create(
      t,
      '/incidents',
      ja('採用選考AIが女性応募者を不当に低く評価'),
      analyst,
    );
    const first = await taskOf(incident.id);
    const queue = worker.queues.get(JOBS['incident.triage'].queue);
    const again = await queue.add(
      'incident.triage',
      { incidentId: incident.id },
      { jobId: 'again-1' },
    );
    await waitFor(async () => (await again.getState()) === 'completed', 'the second delivery');
    expect((await queue.getJob('again-1'))?.returnvalue).toEqual({
      result: 'triaged',
      scored: false,
      taskId: null,
      candidates: 0,
    });
    expect(await triageTasks(incident.id)).toHaveLength(1);
    const audits = async () =>
      (
        await t.sql(
          `SELECT action, count(*)::int AS n FROM audit_event WHERE entity_id = $1 GROUP BY action ORDER BY action`,
          [incident.id],
        )
      ).map((a) => `${a.action}:${a.n}`);
    expect(await audits()).toEqual(['incident.create:1', 'incident_score.create:1']);

    // Triaged by hand: the task closes with the move, and a late delivery changes nothing.
    const triaged = await t.post(`/incidents/${incident.id}/triage`, {}, analyst);
    expect(triaged.status).toBe(200);
    expect((await triageTasks(incident.id))[0]).toMatchObject({ id: first.id, status: 'done' });
    const late = await queue.add(
      'incident.triage',
      { incidentId: incident.id },
      { jobId: 'late-1' },
    );
    await waitFor(async () => (await late.getState()) === 'completed', 'the late delivery');
    expect((await queue.getJob('late-1'))?.returnvalue).toMatchObject({ result: 'skipped' });
    expect(await triageTasks(incident.id)).toHaveLength(1);
    expect(await audits()).toEqual([
      'incident.create:1',
      'incident.triage:1',
      'incident_score.create:1',
    ]);
  });

  it('triages the incident when its analyst approves the task, with the severity they settle on', async () => {
    const incident = await create(
      t,
      '/incidents',
      ja('与信審査モデルによる不透明な融資拒否'),
      analyst,
    );
    const task = await taskOf(incident.id);
    const fsa = (await t.login('analyst.fsa@test.example')).body.accessToken as string;
    const returned = await t.post(
      `/review-tasks/${task.id}/request-changes`,
      { comment: 'no' },
      fsa,
    );
    expect(returned.status).toBe(422);
    expect(returned.body.code).toBe('triage_not_returnable');
    const approved = await t.post(
      `/review-tasks/${task.id}/approve`,
      { data: { severity: 'high' } },
      fsa,
    );
    expect(approved.status).toBe(200);
    expect((await t.get(`/incidents/${incident.id}`, fsa)).body).toMatchObject({
      status: 'triaged',
      severity: 'high',
    });
  });
});
