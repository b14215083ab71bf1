import { GuidanceQueriesService } from '@tracker/pdca';
import {
  acceptedFinding,
  approveAndIssue,
  guidanceBody,
  issuedGuidance,
  openApprovalTask,
} from '../../../../test/act-fixtures';
import { create } from '../../../../test/check-fixtures';
import { TestApp } from '../../../../test/test-app';
import { TestWorker, waitFor } from '../../../../test/test-worker';

describe('guidance (HTTP, worker, real PostgreSQL and Redis)', () => {
  let t: TestApp;
  let analyst: string;
  let reviewer: string;
  let findingId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    analyst = await t.tokenOf('analyst');
    reviewer = await t.tokenOf('reviewer');
    ({ findingId } = await acceptedFinding(t));
  });
  afterAll(() => t.stop());

  it('runs draft → in_review → approved (through the review task) → issued, refusing other moves', async () => {
    const worker = await TestWorker.start(t.config);
    try {
      const draft = await create(t, '/guidance', guidanceBody([findingId]), analyst);
      expect(draft).toMatchObject({
        status: 'draft',
        versionNumber: 1,
        actions: ['submit'],
        followUpDue: false,
      });
      expect(draft.referenceNumber).toMatch(/^AIG-\d{4}-\d{4}$/);
      const early = await t.post(
        `/guidance/${draft.id}/issue`,
        { issueDate: '2026-07-01' },
        analyst,
      );
      expect(early.status).toBe(409);
      expect(early.body).toMatchObject({
        code: 'invalid_transition',
        currentStatus: 'draft',
        allowedActions: ['submit'],
      });

      const submitted = await t.post(`/guidance/${draft.id}/submit`, undefined, analyst);
      expect(submitted.body).toMatchObject({ status: 'in_review', actions: [] });
      const task = await waitFor(async () => {
        const inbox = await t.get(
          `/review-tasks/inbox?filter={"subjectId":"${draft.id}"}`,
          reviewer,
        );
        return inbox.body[0];
      }, 'the approval task');
      expect(task).toMatchObject({ subjectType: 'guidance', kind: 'approval', ministry: 'cao' });
      expect(task.subjectLabel).toContain(draft.referenceNumber);
      const own = await t.post(`/review-tasks/${task.id}/approve`, {}, analyst);
      expect(own.status).toBe(403);

      const approved = await t.post(`/review-tasks/${task.id}/approve`, {}, reviewer);
      expect(approved.status).toBe(200);
      const read = (await t.get(`/guidance/${draft.id}`, analyst)).body;
      expect(read).toMatchObject({ status: 'approved', actions: ['issue'] });
      const [tx] = await t.sql(
        `SELECT count(DISTINCT txid)::int AS n FROM audit_event
          WHERE (entity_id = $1 AND action = 'review_task.approve') OR (entity_id = $2 AND action = 'guidance.approve')`,
        [task.id, draft.id],
      );
      expect(tx.n).toBe(1);

      const issued = await t.post(
        `/guidance/${draft.id}/issue`,
        { issueDate: '2026-07-01' },
        analyst,
      );
      expect(issued.body).toMatchObject({
        status: 'issued',
        issueDate: '2026-07-01',
        actions: ['withdraw', 'revise', 'acknowledge'],
      });
    } finally {
      await worker.stop();
    }
  });

  it('sends a draft back with the reviewer’s note, and refuses guidance on findings not accepted', async () => {
    const draft = await create(t, '/guidance', guidanceBody([findingId]), analyst);
    await t.post(`/guidance/${draft.id}/submit`, undefined, analyst);
    const taskId = await openApprovalTask(t, 'guidance', draft.id, 'analyst@test.example');
    await t.post(
      `/review-tasks/${taskId}/request-changes`,
      { comment: '第2項を具体化してください' },
      reviewer,
    );
    expect((await t.get(`/guidance/${draft.id}`, analyst)).body).toMatchObject({
      status: 'draft',
      reviewNote: '第2項を具体化してください',
    });

    const [draftFinding] = await t.sql(
      `INSERT INTO finding (investigation_id, statement_ja, risk_level, recommended_action)
       SELECT investigation_id, '未承認', 'low', 'guidance' FROM finding WHERE id = $1 RETURNING id`,
      [findingId],
    );
    const before = await t.tableCounts();
    const refused = await t.post('/guidance', guidanceBody([draftFinding.id]), analyst);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'finding_not_accepted' });
    expect(refused.body.details[0].field).toBe('findingIds');
    expect(await t.tableCounts()).toEqual(before);
  });

  it('never changes an issued text: refused by the API and by the database, follow-up still recorded', async () => {
    const issued = await issuedGuidance(t, [findingId]);
    const edit = await t.put(
      `/guidance/${issued.id}`,
      { version: issued.version, bodyJa: '改ざん' },
      analyst,
    );
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('read_only');

    const tamper = (sql: string) =>
      t.sql(sql, [issued.id]).then(
        () => 'changed',
        (e: Error) => e.message,
      );
    expect(await tamper(`UPDATE guidance SET body_ja = '改ざん' WHERE id = $1`)).toMatch(
      /never changes/,
    );
    expect(await tamper(`UPDATE guidance SET finding_ids = '{}' WHERE id = $1`)).toMatch(
      /never changes/,
    );
    expect(await tamper(`UPDATE guidance SET public = false WHERE id = $1`)).toMatch(
      /never changes/,
    );
    expect(await tamper(`UPDATE guidance SET status = 'draft' WHERE id = $1`)).toMatch(
      /cannot go from/,
    );
    expect(await tamper(`DELETE FROM guidance WHERE id = $1`)).toMatch(/cannot be deleted/);
    expect(await tamper(`UPDATE guidance SET follow_up_date = '2099-01-01' WHERE id = $1`)).toBe(
      'changed',
    );
    const [row] = await t.sql(`SELECT body_ja FROM guidance WHERE id = $1`, [issued.id]);
    expect(row.body_ja).toBe(issued.bodyJa);

    const current = (await t.get(`/guidance/${issued.id}`, analyst)).body;
    const followUp = await t.put(
      `/guidance/${issued.id}`,
      {
        version: current.version,
        followUpDate: '2026-08-01',
        followUpResult: '索引の分離を確認した。',
      },
      analyst,
    );
    expect(followUp.body).toMatchObject({
      followUpDate: '2026-08-01',
      followUpResult: '索引の分離を確認した。',
    });
    const ack = await t.post(
      `/guidance/${issued.id}/acknowledge`,
      { acknowledgedOn: '2026-07-03', acknowledgedBy: '株式会社ソラリスAI 代表取締役' },
      analyst,
    );
    expect(ack.body).toMatchObject({
      acknowledgedOn: '2026-07-03',
      actions: ['withdraw', 'revise'],
    });
    expect(
      (
        await t.post(
          `/guidance/${issued.id}/acknowledge`,
          { acknowledgedOn: '2026-07-04', acknowledgedBy: 'x' },
          analyst,
        )
      ).status,
    ).toBe(409);
  });

  it('revises into a new version that supersedes the old one when issued; every version stays readable and comparable', async () => {
    const v1 = await issuedGuidance(t, [findingId], { followUpDate: '2026-07-15' }, '2026-07-01');
    const revision = await t.post(`/guidance/${v1.id}/revise`, undefined, analyst);
    expect(revision.status).toBe(201);
    expect(revision.body).toMatchObject({
      referenceNumber: v1.referenceNumber,
      versionNumber: 2,
      previousVersionId: v1.id,
      status: 'draft',
      bodyJa: v1.bodyJa,
    });
    const again = await t.post(`/guidance/${v1.id}/revise`, undefined, analyst);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('revision_open');
    const v2 = (
      await t.put(
        `/guidance/${revision.body.id}`,
        {
          version: revision.body.version,
          titleEn: 'Separating customer data in generative-AI chatbots (revised)',
          bodyJa:
            '第1項 検索拡張の索引は顧客ごとに分離すること。\n第2項 対話ログの参照範囲を四半期ごとに点検し、記録すること。\n第3項 事案発生時は72時間以内に報告すること。\n',
        },
        analyst,
      )
    ).body;
    await approveAndIssue(t, v2.id, '2026-09-01');

    const old = (await t.get(`/guidance/${v1.id}`, analyst)).body;
    expect(old).toMatchObject({ status: 'superseded', supersededById: v2.id, bodyJa: v1.bodyJa });
    const [tx] = await t.sql(
      `SELECT count(DISTINCT txid)::int AS n FROM audit_event
        WHERE (entity_id = $1 AND action = 'guidance.supersede') OR (entity_id = $2 AND action = 'guidance.issue')`,
      [v1.id, v2.id],
    );
    expect(tx.n).toBe(1);

    const versions = await t.get(`/guidance/${v2.id}/versions`, analyst);
    expect(versions.body.map((v: any) => [v.versionNumber, v.status])).toEqual([
      [1, 'superseded'],
      [2, 'issued'],
    ]);
    const byReference = await t.get(
      `/guidance?filter=${encodeURIComponent(JSON.stringify({ referenceNumber: v1.referenceNumber }))}`,
      analyst,
    );
    expect(byReference.headers.get('content-range')).toBe('guidance 0-1/2');

    const diff = await t.get(`/guidance/${v1.id}/diff?with=${v2.id}`, analyst);
    expect(diff.status).toBe(200);
    expect(diff.body.fields.map((f: any) => f.field)).toEqual(
      expect.arrayContaining(['versionNumber', 'status', 'titleEn', 'issueDate']),
    );
    const bodyJa = diff.body.bodies.find((b: any) => b.field === 'bodyJa');
    expect(bodyJa).toMatchObject({ changed: true, added: 2, removed: 1 });
    expect(bodyJa.chunks[0]).toEqual({
      op: 'equal',
      lines: ['第1項 検索拡張の索引は顧客ごとに分離すること。'],
    });
    expect(diff.body.bodies.find((b: any) => b.field === 'bodyEn').changed).toBe(false);
  });

  it('withdraws with a reason, and finds guidance whose follow-up has come', async () => {
    const issued = await issuedGuidance(t, [findingId], { followUpDate: '2026-07-10' });
    expect((await t.post(`/guidance/${issued.id}/withdraw`, {}, analyst)).status).toBe(400);
    const due = await t.app.get(GuidanceQueriesService).followUpDue('2026-07-10');
    expect(due.map((g) => g.id)).toContain(issued.id);
    expect(
      (await t.app.get(GuidanceQueriesService).followUpDue('2026-07-09')).map((g) => g.id),
    ).not.toContain(issued.id);
    const listed = await t.get(`/guidance?filter={"followUpDue":true}`, analyst);
    expect(listed.body.map((g: any) => g.id)).toContain(issued.id);

    const withdrawn = await t.post(
      `/guidance/${issued.id}/withdraw`,
      { reason: '対象サービスの終了に伴い撤回' },
      analyst,
    );
    expect(withdrawn.body).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: '対象サービスの終了に伴い撤回',
      actions: ['acknowledge'],
    });
    expect((await t.post(`/guidance/${issued.id}/revise`, undefined, analyst)).status).toBe(409);
  });

  it('exports every version and transition with actors, times and the chain verification', async () => {
    const issued = await issuedGuidance(t, [findingId]);
    const auditor = await t.tokenOf('auditor');
    const json = await t.get(
      `/guidance/export.json?referenceNumber=${issued.referenceNumber}`,
      auditor,
    );
    expect(json.status).toBe(200);
    expect(json.body.verification).toMatchObject({ intact: true });
    const [entry] = json.body.guidance;
    expect(entry.referenceNumber).toBe(issued.referenceNumber);
    expect(
      entry.versions[0].transitions.map((e: any) => [e.action, e.actorLabel, e.toStatus]),
    ).toEqual([
      ['guidance.create', 'analyst@test.example', 'draft'],
      ['guidance.submit', 'analyst@test.example', 'in_review'],
      ['guidance.approve', 'reviewer@test.example', 'approved'],
      ['guidance.issue', 'analyst@test.example', 'issued'],
    ]);
    const csv = await t.get('/guidance/export.csv', auditor);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('x-audit-chain-intact')).toBe('true');
    const lines = (csv.body as string).trim().split('\r\n');
    expect(lines[0]).toContain('referenceNumber,versionNumber,guidanceId');
    expect(lines.at(-1)).toMatch(/audit_chain\.verify,,,intact=true verifiedEvents=\d+/);
    expect(
      lines.some((l) => l.includes(`${issued.referenceNumber},1,`) && l.includes('guidance.issue')),
    ).toBe(true);
    expect((await t.get('/guidance/export.csv', analyst)).status).toBe(403);
    const history = await t.get(`/guidance/${issued.id}/history`, analyst);
    expect(history.body.map((e: any) => e.action)).toEqual([
      'guidance.create',
      'guidance.submit',
      'guidance.approve',
      'guidance.issue',
    ]);
  });
});
