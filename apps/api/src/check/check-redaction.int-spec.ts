import { TestApp } from '../../../../test/test-app';
import {
  create,
  incidentBody,
  organisationBody,
  unclearedToken,
  userId,
} from '../../../../test/check-fixtures';

const CONFIDENTIAL = ['organisationIds', 'businessStatement'];
const q = (filter: object) => encodeURIComponent(JSON.stringify(filter));

describe('confidentiality: every read path redacts for readers without clearance', () => {
  let t: TestApp;
  let cleared: string;
  let uncleared: string;
  let coordinator: string;
  let org: any;
  let open: any;
  let secret: any;
  let request: any;
  let investigation: any;

  beforeAll(async () => {
    t = await TestApp.start();
    cleared = await t.tokenOf('analyst');
    coordinator = await t.tokenOf('coordinator');
    uncleared = await unclearedToken(t);
    org = await create(t, '/organisations', organisationBody({ nameJa: '株式会社秘匿' }), cleared);
    open = await create(
      t,
      '/incidents',
      incidentBody({
        titleEn: 'Redaction case',
        organisationIds: [org.id],
        businessStatement: '当社の内部調査結果（非公開）',
      }),
      cleared,
    );
    const edited = await t.put(
      `/incidents/${open.id}`,
      { version: open.version, businessStatement: '改訂された内部調査結果', severity: 'critical' },
      cleared,
    );
    expect(edited.status).toBe(200);
    secret = await create(
      t,
      '/incidents',
      incidentBody({
        titleEn: 'Redaction case, national security',
        confidentiality: 'confidential',
      }),
      cleared,
    );
    investigation = await create(
      t,
      '/investigations',
      {
        titleEn: 'Redaction investigation',
        scope: 'Trade secrets in responses',
        leadAnalystId: await userId(t, 'analyst@test.example'),
        incidentIds: [open.id],
      },
      cleared,
    );
    request = await create(
      t,
      '/information-requests',
      {
        investigationId: investigation.id,
        organisationId: org.id,
        subject: '学習データの構成について',
        questions: '学習データの出所を教えてください。',
        dueDate: '2099-01-01',
      },
      cleared,
    );
    const answered = await t.post(
      `/information-requests/${request.id}/respond`,
      {
        cooperationStatus: 'responded',
        responseText: '独自に収集した医療画像データ（営業秘密）',
        responseDate: request.requestDate,
        responseTradeSecret: true,
      },
      cleared,
    );
    expect(answered.status).toBe(200);
  });
  afterAll(() => t.stop());

  it('list: confidential fields null and named; confidential-level incidents absent, also from the total', async () => {
    const mine = await t.get(`/incidents?filter=${q({ q: 'Redaction case' })}`, uncleared);
    expect(mine.body.map((i: any) => i.id)).toEqual([open.id]);
    expect(mine.headers.get('content-range')).toBe('incidents 0-0/1');
    expect(mine.body[0]).toMatchObject({
      organisationIds: null,
      businessStatement: null,
      redactedFields: CONFIDENTIAL,
    });
    expect(mine.body[0].titleEn).toBe('Redaction case');

    const theirs = await t.get(
      `/incidents?filter=${q({ q: 'Redaction case' })}&sort=["reference","ASC"]`,
      cleared,
    );
    expect(theirs.body.map((i: any) => i.id)).toEqual([open.id, secret.id]);
    expect(theirs.body[0]).toMatchObject({
      organisationIds: [org.id],
      businessStatement: '改訂された内部調査結果',
      redactedFields: [],
    });
    const coordinators = await t.get(
      `/incidents?filter=${q({ id: [open.id, secret.id] })}`,
      coordinator,
    );
    expect(coordinators.body.map((i: any) => i.redactedFields)).toEqual([CONFIDENTIAL]);
  });

  it('detail and by-reference: redacted, and a confidential-level incident does not exist', async () => {
    const detail = await t.get(`/incidents/${open.id}`, uncleared);
    expect(detail.body).toMatchObject({
      businessStatement: null,
      organisationIds: null,
      redactedFields: CONFIDENTIAL,
    });
    expect(detail.body.investigationIds).toEqual([investigation.id]);
    const byRef = await t.get(`/incidents/by-reference/${open.reference}`, uncleared);
    expect(byRef.body).toMatchObject({ businessStatement: null, redactedFields: CONFIDENTIAL });
    for (const path of [
      `/incidents/${secret.id}`,
      `/incidents/by-reference/${secret.reference}`,
      `/incidents/${secret.id}/history`,
      `/incidents/${secret.id}/timeline`,
    ]) {
      expect(`${path} → ${(await t.get(path, uncleared)).status}`).toBe(`${path} → 404`);
    }
    expect((await t.get(`/incidents/${secret.id}`, cleared)).status).toBe(200);
  });

  it('CSV export: [redacted] cells, confidential-level rows left out', async () => {
    const csv = (
      await t.get(`/incidents/export.csv?filter=${q({ q: 'Redaction case' })}`, uncleared)
    ).body as string;
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(open.reference);
    expect(lines[1]).not.toContain('内部調査結果');
    expect(lines[1]).not.toContain('株式会社秘匿');
    expect(lines[1].match(/\[redacted\]/g)).toHaveLength(2);
    const full = (
      await t.get(`/incidents/export.csv?filter=${q({ q: 'Redaction case' })}`, cleared)
    ).body as string;
    expect(full).toContain('改訂された内部調査結果');
    expect(full).toContain(secret.reference);
  });

  it('history, timeline and the audit trail: before/after values withheld and named', async () => {
    const history = (await t.get(`/incidents/${open.id}/history`, uncleared)).body;
    expect(history.map((e: any) => e.action)).toEqual([
      'incident.create',
      'incident.update',
      'incident.investigate',
    ]);
    expect(history[0].after).toMatchObject({
      businessStatement: null,
      organisationIds: null,
      titleEn: 'Redaction case',
    });
    expect(history[0].redactedFields.sort()).toEqual([...CONFIDENTIAL].sort());
    expect(history[1]).toMatchObject({
      before: { businessStatement: null, severity: 'high' },
      after: { businessStatement: null, severity: 'critical' },
      redactedFields: ['businessStatement'],
    });
    expect(JSON.stringify(history)).not.toContain('内部調査結果');
    const clearHistory = (await t.get(`/incidents/${open.id}/history`, cleared)).body;
    expect(clearHistory[1].after.businessStatement).toBe('改訂された内部調査結果');

    const timeline = (await t.get(`/incidents/${open.id}/timeline`, uncleared)).body;
    expect(timeline.filter((e: any) => e.kind === 'change')).toHaveLength(3);
    expect(JSON.stringify(timeline)).not.toContain('内部調査結果');

    const auditor = await unclearedToken(t, 'auditor');
    const trail = await t.get(
      `/audit-events?filter=${q({ entityType: 'incident' })}&range=[0,99]`,
      auditor,
    );
    expect(trail.status).toBe(200);
    expect(JSON.stringify(trail.body)).not.toContain('内部調査結果');
    const secretEvents = trail.body.filter((e: any) => e.entityId === secret.id);
    expect(secretEvents).toHaveLength(1);
    expect(secretEvents[0].after.titleEn).toBeNull();
    expect(secretEvents[0].redactedFields).toContain('titleEn');
    const single = await t.get(`/audit-events/${history[0].id}`, auditor);
    expect(single.body.after.businessStatement).toBeNull();
  });

  it('trade-secret responses: withheld in list, detail, history and the investigation timeline', async () => {
    const detail = await t.get(`/information-requests/${request.id}`, uncleared);
    expect(detail.body).toMatchObject({
      responseTradeSecret: true,
      responseText: null,
      cooperationStatus: 'responded',
      redactedFields: ['responseText'],
    });
    const list = await t.get(
      `/information-requests?filter=${q({ investigationId: investigation.id })}`,
      uncleared,
    );
    expect(list.body[0]).toMatchObject({ responseText: null, redactedFields: ['responseText'] });
    const history = (await t.get(`/information-requests/${request.id}/history`, uncleared)).body;
    expect(history.map((e: any) => e.action)).toEqual([
      'information_request.create',
      'information_request.respond',
    ]);
    expect(history[1].after).toMatchObject({ responseText: null, responseTradeSecret: true });
    const timeline = (await t.get(`/investigations/${investigation.id}/timeline`, uncleared)).body;
    expect(JSON.stringify(timeline)).not.toContain('営業秘密');
    expect(
      JSON.stringify((await t.get(`/investigations/${investigation.id}/timeline`, cleared)).body),
    ).toContain('営業秘密');
    expect(
      (await t.get(`/information-requests/${request.id}`, cleared)).body.responseText,
    ).toContain('営業秘密');
  });

  it('hides the case file of a confidential-level incident: investigation, requests, findings', async () => {
    const hidden = await create(
      t,
      '/investigations',
      {
        titleEn: 'Hidden case file',
        scope: 'x',
        leadAnalystId: await userId(t, 'analyst@test.example'),
        incidentIds: [open.id, secret.id],
      },
      cleared,
    );
    const hiddenRequest = await create(
      t,
      '/information-requests',
      {
        investigationId: hidden.id,
        organisationId: org.id,
        subject: '秘匿案件の質問',
        questions: 'q',
        dueDate: '2099-01-01',
      },
      cleared,
    );
    const hiddenFinding = await create(
      t,
      '/findings',
      {
        investigationId: hidden.id,
        statementEn: 'Hidden finding',
        riskLevel: 'high',
        recommendedAction: 'no_action',
      },
      cleared,
    );
    expect((await t.get(`/incidents/${open.id}`, cleared)).body.investigationIds).toEqual([
      investigation.id,
      hidden.id,
    ]);
    expect((await t.get(`/incidents/${open.id}`, uncleared)).body.investigationIds).toEqual([
      investigation.id,
    ]);

    const listed = async (path: string, token: string) =>
      (await t.get(path, token)).body.map((r: any) => r.id);
    expect(await listed('/investigations', uncleared)).toEqual([investigation.id]);
    expect(await listed('/investigations', cleared)).toContain(hidden.id);
    expect(await listed('/information-requests', uncleared)).toEqual([request.id]);
    expect(await listed('/findings', uncleared)).toEqual([]);
    expect(await listed('/findings', cleared)).toEqual([hiddenFinding.id]);
    for (const path of [
      `/investigations/${hidden.id}`,
      `/investigations/${hidden.id}/history`,
      `/investigations/${hidden.id}/timeline`,
      `/information-requests/${hiddenRequest.id}`,
      `/information-requests/${hiddenRequest.id}/history`,
      `/findings/${hiddenFinding.id}`,
      `/findings/${hiddenFinding.id}/history`,
    ]) {
      expect(`${path} → ${(await t.get(path, uncleared)).status}`).toBe(`${path} → 404`);
    }
    const detail = (await t.get(`/organisations/${org.id}`, uncleared)).body;
    expect(detail.openRequestCount).toBe(1);
    expect(detail.openRequests).toEqual([]);

    const before = await t.tableCounts();
    const writes: [string, string, unknown, number][] = [
      ['POST', `/investigations/${hidden.id}/gather`, {}, 404],
      ['POST', `/investigations/${hidden.id}/comments`, { body: 'x' }, 404],
      ['POST', `/information-requests/${hiddenRequest.id}/close`, { reason: 'x' }, 404],
      ['POST', `/findings/${hiddenFinding.id}/submit`, {}, 404],
      [
        'POST',
        '/findings',
        {
          investigationId: hidden.id,
          statementEn: 'x',
          riskLevel: 'low',
          recommendedAction: 'no_action',
        },
        422,
      ],
      [
        'POST',
        '/information-requests',
        {
          investigationId: hidden.id,
          organisationId: org.id,
          subject: 's',
          questions: 'q',
          dueDate: '2099-01-01',
        },
        422,
      ],
    ];
    for (const [method, path, body, status] of writes) {
      const response = await t.request(method, path, { body, token: uncleared });
      expect(`${method} ${path} → ${response.status}`).toBe(`${method} ${path} → ${status}`);
    }
    expect(await t.tableCounts()).toEqual(before);

    const auditor = await unclearedToken(t, 'auditor');
    const trail = (await t.get('/audit-events?range=[0,199]', auditor)).body;
    const of = (id: string) => trail.filter((e: any) => e.entityId === id);
    for (const id of [hidden.id, hiddenRequest.id, hiddenFinding.id]) {
      expect(of(id).length).toBeGreaterThan(0);
      for (const e of of(id))
        expect(Object.values(e.after ?? {}).every((v) => v === null)).toBe(true);
    }
    expect(JSON.stringify(trail)).not.toContain('秘匿案件の質問');
    expect(JSON.stringify(trail)).not.toContain('Hidden finding');
  });

  it('refuses what would reveal or overwrite confidential data to a reader without clearance', async () => {
    const before = await t.tableCounts();
    const attempts: [string, string, unknown][] = [
      ['GET', `/incidents?filter=${q({ organisationId: org.id })}`, undefined],
      ['GET', `/incidents/export.csv?filter=${q({ organisationId: org.id })}`, undefined],
      ['POST', '/incidents', incidentBody({ businessStatement: 'x' })],
      ['POST', '/incidents', incidentBody({ confidentiality: 'confidential' })],
      ['PUT', `/incidents/${open.id}`, { version: 2, organisationIds: [] }],
    ];
    for (const [method, path, body] of attempts) {
      const response = await t.request(method, path, { body, token: uncleared });
      expect(`${method} ${path} → ${response.status} ${response.body.code}`).toBe(
        `${method} ${path} → 403 clearance_required`,
      );
    }
    const hiddenLink = await t.post(
      '/investigations',
      {
        titleEn: 'x',
        scope: 'x',
        leadAnalystId: await userId(t, 'analyst@test.example'),
        incidentIds: [secret.id],
      },
      uncleared,
    );
    expect(hiddenLink.status).toBe(422);
    expect(hiddenLink.body.details[0].field).toBe('incidentIds');
    expect(
      (await t.post(`/incidents/${secret.id}/comments`, { body: 'x' }, uncleared)).status,
    ).toBe(404);
    expect((await t.post(`/incidents/${secret.id}/triage`, {}, uncleared)).status).toBe(404);
    expect(await t.tableCounts()).toEqual(before);
  });
});
