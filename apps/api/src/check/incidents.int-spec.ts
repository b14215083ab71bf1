import { TestApp } from '../../../../test/test-app';
import { create, incidentBody, organisationBody } from '../../../../test/check-fixtures';

describe('incidents (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let analyst: string;
  let coordinator: string;

  beforeAll(async () => {
    t = await TestApp.start();
    analyst = await t.tokenOf('analyst');
    coordinator = await t.tokenOf('coordinator');
  });
  afterAll(() => t.stop());

  const newIncident = (overrides: Record<string, unknown> = {}) =>
    create(t, '/incidents', incidentBody(overrides), analyst);

  it('gives every incident a permanent INC-<year>-<5 digits> reference, unique under 32 concurrent intakes', async () => {
    const year = new Date(Date.now() + 9 * 3600_000).getUTCFullYear();
    const first = await newIncident();
    expect(first.reference).toMatch(new RegExp(`^INC-${year}-\\d{5}$`));
    expect(first).toMatchObject({
      status: 'reported',
      actions: ['triage', 'dismiss', 'duplicate'],
    });

    const results = await Promise.all(
      Array.from({ length: 32 }, (_, i) =>
        t.post('/incidents', incidentBody({ titleEn: `Parallel ${i}` }), analyst),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(32).fill(201));
    const references = results.map((r) => r.body.reference);
    expect(new Set(references).size).toBe(32);
    const numbers = results.map((r) => r.body.sequence).sort((a, b) => a - b);
    expect(numbers[0]).toBeGreaterThan(first.sequence);
  });

  it('runs reported → triaged → closed, and refuses impossible moves naming the allowed ones', async () => {
    const incident = await newIncident();
    const closeEarly = await t.post(
      `/incidents/${incident.id}/close`,
      { resolution: 'x' },
      analyst,
    );
    expect(closeEarly.status).toBe(409);
    expect(closeEarly.body).toMatchObject({
      code: 'invalid_transition',
      currentStatus: 'reported',
      allowedActions: ['triage', 'dismiss', 'duplicate'],
    });

    const triaged = await t.post(
      `/incidents/${incident.id}/triage`,
      { severity: 'critical' },
      analyst,
    );
    expect(triaged.status).toBe(200);
    expect(triaged.body).toMatchObject({
      status: 'triaged',
      severity: 'critical',
      actions: ['close', 'dismiss', 'duplicate'],
    });
    expect((await t.post(`/incidents/${incident.id}/triage`, {}, analyst)).status).toBe(409);

    const noResolution = await t.post(`/incidents/${incident.id}/close`, {}, analyst);
    expect(noResolution.status).toBe(400);
    expect(noResolution.body.details.map((d: any) => d.field)).toContain('resolution');

    const closed = await t.post(
      `/incidents/${incident.id}/close`,
      { resolution: '事業者が再発防止策を実施した。' },
      analyst,
    );
    expect(closed.body).toMatchObject({ status: 'closed', actions: [] });
    const edit = await t.put(
      `/incidents/${incident.id}`,
      { version: closed.body.version, severity: 'low' },
      analyst,
    );
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('read_only');

    const history = await t.get(`/incidents/${incident.id}/history`, analyst);
    expect(history.body.map((e: any) => e.action)).toEqual([
      'incident.create',
      'incident.triage',
      'incident.close',
    ]);
  });

  it('dismisses with a reason, and only from reported or triaged', async () => {
    const incident = await newIncident();
    expect((await t.post(`/incidents/${incident.id}/dismiss`, {}, analyst)).status).toBe(400);
    const dismissed = await t.post(
      `/incidents/${incident.id}/dismiss`,
      { reason: 'AIの関与が確認できなかった' },
      analyst,
    );
    expect(dismissed.body).toMatchObject({
      status: 'dismissed',
      dismissalReason: 'AIの関与が確認できなかった',
    });
    expect((await t.post(`/incidents/${incident.id}/triage`, {}, analyst)).status).toBe(409);
  });

  it('marks duplicates that keep resolving by reference, never pointing to a duplicate', async () => {
    const survivor = await newIncident({ titleEn: 'Survivor' });
    const copy = await newIncident({ titleEn: 'Copy' });
    const third = await newIncident({ titleEn: 'Third' });

    const self = await t.post(
      `/incidents/${copy.id}/duplicate`,
      { duplicateOfId: copy.id },
      analyst,
    );
    expect(self.status).toBe(422);
    expect(self.body.code).toBe('duplicate_of_itself');
    const missing = await t.post(
      `/incidents/${copy.id}/duplicate`,
      { duplicateOfId: '00000000-0000-4000-8000-000000000000' },
      analyst,
    );
    expect(missing.status).toBe(422);
    expect(missing.body.details[0].field).toBe('duplicateOfId');

    const marked = await t.post(
      `/incidents/${copy.id}/duplicate`,
      { duplicateOfId: survivor.id },
      analyst,
    );
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({
      status: 'duplicate',
      duplicateOfId: survivor.id,
      actions: [],
    });

    const chained = await t.post(
      `/incidents/${third.id}/duplicate`,
      { duplicateOfId: copy.id },
      analyst,
    );
    expect(chained.status).toBe(422);
    expect(chained.body.code).toBe('duplicate_of_duplicate');

    const resolved = await t.get(`/incidents/by-reference/${copy.reference}`, coordinator);
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({
      id: copy.id,
      reference: copy.reference,
      status: 'duplicate',
      resolvesTo: { id: survivor.id, reference: survivor.reference, status: 'reported' },
    });
    const itself = await t.get(`/incidents/by-reference/${survivor.reference}`, analyst);
    expect(itself.body.resolvesTo.id).toBe(survivor.id);
    expect((await t.get('/incidents/by-reference/INC-1999-99999', analyst)).status).toBe(404);
    expect((await t.get('/incidents/by-reference/INC-26-1', analyst)).status).toBe(400);
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM incident WHERE id = $1`, [copy.id]);
    expect(n).toBe(1);
  });

  it('searches Japanese and English substrings of titles and summaries, with filters and date ranges', async () => {
    const deepfake = await newIncident({
      occurredDate: '2025-11-03',
      reportedDate: '2025-11-05',
      titleJa: '首長の深層偽造動画がSNSで拡散',
      titleEn: 'Deepfake video of a mayor spreads on social media',
      summaryJa: '生成AIで作成された偽の演説動画が選挙前に拡散した。',
      summaryEn: 'A fake speech made with generative AI spread before an election.',
      source: 'news',
      sector: 'public_administration',
      riskCategories: ['deepfake', 'disinformation_manipulation'],
      applicableLaws: ['penal_code'],
      severity: 'critical',
    });
    const driving = await newIncident({
      occurredDate: '2025-12-01',
      reportedDate: '2025-12-02',
      titleJa: '自動運転実証での誤認識',
      titleEn: 'Misrecognition in an autonomous-driving pilot',
      summaryJa: '自動運転バスが工事区間の標識を誤認識し停止した。',
      summaryEn: 'An autonomous bus misread a roadworks sign and stopped.',
      sector: 'mobility',
      riskCategories: ['malfunction_safety'],
      advancedAi: false,
      severity: 'medium',
    });
    const ids = async (filter: object) => {
      const r = await t.get(
        `/incidents?filter=${encodeURIComponent(JSON.stringify(filter))}`,
        analyst,
      );
      expect(r.status).toBe(200);
      return r.body.map((i: any) => i.id);
    };
    expect(await ids({ q: '深層偽造' })).toEqual([deepfake.id]);
    expect(await ids({ q: '生成AI', sector: 'public_administration' })).toEqual([deepfake.id]);
    expect(await ids({ q: 'DEEPFAKE' })).toEqual([deepfake.id]);
    expect(await ids({ q: 'roadworks' })).toEqual([driving.id]);
    expect(await ids({ q: '100%_' })).toEqual([]);
    expect(await ids({ riskCategory: 'deepfake', applicableLaw: 'penal_code' })).toEqual([
      deepfake.id,
    ]);
    expect(
      await ids({ riskCategory: ['malfunction_safety', 'cyberattack'], sector: 'mobility' }),
    ).toEqual([driving.id]);
    expect(await ids({ occurredFrom: '2025-11-01', occurredTo: '2025-11-30' })).toEqual([
      deepfake.id,
    ]);
    expect(
      await ids({
        reportedFrom: '2025-12-01',
        reportedTo: '2025-12-31',
        severity: ['medium', 'low'],
      }),
    ).toEqual([driving.id]);
    expect(
      await ids({ source: 'news', confidentiality: 'internal', status: 'reported', q: '演説' }),
    ).toEqual([deepfake.id]);

    const sorted = await t.get(
      `/incidents?filter=${encodeURIComponent('{"reportedTo":"2025-12-31"}')}&sort=["severity","DESC"]`,
      analyst,
    );
    expect(sorted.body.map((i: any) => i.id)).toEqual([deepfake.id, driving.id]);
    expect(sorted.headers.get('content-range')).toBe('incidents 0-1/2');
  });

  it('exports the filtered list as CSV with a BOM and quoted Japanese text', async () => {
    const org = await create(
      t,
      '/organisations',
      organisationBody({ nameJa: '株式会社エクスポート' }),
      analyst,
    );
    const incident = await newIncident({
      titleJa: 'CSV出力, "引用"付きの事案',
      organisationIds: [org.id],
      businessStatement: '当社は調査に協力します。',
    });
    const byOrganisation = await t.get(
      `/incidents?filter=${encodeURIComponent(JSON.stringify({ organisationId: [org.id] }))}`,
      analyst,
    );
    expect(byOrganisation.body.map((i: any) => i.id)).toEqual([incident.id]);
    const response = await fetch(
      `${t.baseUrl}/incidents/export.csv?filter=${encodeURIComponent(JSON.stringify({ q: 'CSV出力' }))}`,
      { headers: { authorization: `Bearer ${analyst}` } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('x-export-truncated')).toBe('false');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0].split(',').slice(0, 4)).toEqual([
      'reference',
      'status',
      'occurredDate',
      'reportedDate',
    ]);
    expect(lines[1]).toContain(incident.reference);
    expect(lines[1]).toContain('"CSV出力, ""引用""付きの事案"');
    expect(lines[1]).toContain('株式会社エクスポート');
    expect(lines[1]).toContain('当社は調査に協力します。');
  });

  it('keeps reported not before occurred and neither in the future', async () => {
    const later = await t.post(
      '/incidents',
      incidentBody({ occurredDate: '2026-01-10', reportedDate: '2026-01-09' }),
      analyst,
    );
    expect(later.status).toBe(400);
    expect(later.body.details[0].field).toBe('reportedDate');
    const future = await t.post(
      '/incidents',
      incidentBody({ occurredDate: '2999-01-01', reportedDate: '2999-01-02' }),
      analyst,
    );
    expect(future.status).toBe(400);
    expect(future.body.details.map((d: any) => d.field).sort()).toEqual([
      'occurredDate',
      'reportedDate',
    ]);
  });
});
