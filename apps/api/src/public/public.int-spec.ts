import {
  acceptedFinding,
  guidanceBody,
  issuedGuidance,
  openApprovalTask,
} from '../../../../test/act-fixtures';
import {
  create,
  incidentBody,
  organisationBody,
  requestBody,
} from '../../../../test/check-fixtures';
import { approvedPlan, measureBody, reportBody } from '../../../../test/do-fixtures';
import { TestApp } from '../../../../test/test-app';

/** Planted in confidential and internal fields: none may ever come out of a public path. */
const MARK = {
  businessStatement: 'LEAK-MARK-business-statement',
  organisation: 'LEAK-MARK-confidential-organisation',
  confidentialIncident: 'LEAK-MARK-confidential-incident',
  internalIncident: 'LEAK-MARK-internal-incident-title',
  tradeSecret: 'LEAK-MARK-trade-secret',
  finding: 'LEAK-MARK-finding-statement',
  scope: 'LEAK-MARK-investigation-scope',
  nonPublicGuidance: 'LEAK-MARK-non-public-guidance',
  draftGuidance: 'LEAK-MARK-draft-guidance',
  draftRevision: 'LEAK-MARK-draft-revision',
  followUp: 'LEAK-MARK-follow-up-result',
  acknowledgedBy: 'LEAK-MARK-acknowledged-by',
  withdrawal: 'LEAK-MARK-withdrawal-reason',
  statusReason: 'LEAK-MARK-status-reason',
  rationale: 'LEAK-MARK-rating-rationale',
  accountable: 'LEAK-MARK-accountable-person',
  amendment: 'LEAK-MARK-amendment',
  draftPlan: 'LEAK-MARK-draft-plan',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every uuid-valued `id` in a JSON document, at any depth. */
function idsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => idsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'id' && typeof v === 'string' && UUID.test(v)) out.add(v);
      else idsIn(v, out);
    }
  }
  return out;
}

describe('the public area: published records and aggregates only (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let published: any;
  const hidden: string[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    const analyst = await t.tokenOf('analyst');
    const coordinator = await t.tokenOf('coordinator');

    // Check stage: incidents counted in the statistics, and case files full of secrets.
    const secretOrg = await create(
      t,
      '/organisations',
      organisationBody({ nameJa: MARK.organisation, nameEn: MARK.organisation }),
      analyst,
    );
    const { findingId, investigationId } = await acceptedFinding(t, {
      titleJa: MARK.internalIncident,
      organisationIds: [secretOrg.id],
      businessStatement: MARK.businessStatement,
      confidentiality: 'public',
    });
    for (let i = 0; i < 4; i++) await create(t, '/incidents', incidentBody(), analyst);
    for (let i = 0; i < 4; i++)
      await create(t, '/incidents', incidentBody({ sector: 'media' }), analyst);
    const health = {
      sector: 'healthcare',
      severity: 'low',
      riskCategories: ['malfunction_safety'],
      reportedDate: '2026-02-03',
    };
    await create(t, '/incidents', incidentBody(health), analyst);
    await create(
      t,
      '/incidents',
      incidentBody({
        ...health,
        titleJa: MARK.confidentialIncident,
        confidentiality: 'confidential',
      }),
      analyst,
    );
    const dismissed = await create(t, '/incidents', incidentBody(health), analyst);
    await t.post(`/incidents/${dismissed.id}/dismiss`, { reason: 'AIの関与なし' }, analyst);
    await t.put(`/investigations/${investigationId}`, { version: 1, scope: MARK.scope }, analyst);
    const request = await create(
      t,
      '/information-requests',
      requestBody(investigationId, secretOrg.id),
      analyst,
    );
    await t.post(
      `/information-requests/${request.id}/respond`,
      {
        cooperationStatus: 'responded',
        responseText: MARK.tradeSecret,
        responseDate: '2026-02-01',
        responseTradeSecret: true,
      },
      analyst,
    );
    await create(
      t,
      '/findings',
      {
        investigationId,
        statementJa: MARK.finding,
        riskLevel: 'low',
        recommendedAction: 'no_action',
      },
      analyst,
    );

    // Act stage: one public guidance issued and followed up, one withdrawn, others not public.
    const addressee = await create(
      t,
      '/organisations',
      organisationBody({ nameJa: '株式会社公表先', nameEn: 'Addressee Inc.' }),
      analyst,
    );
    published = await issuedGuidance(t, [findingId], {
      addresseeSector: undefined,
      addresseeOrganisationIds: [addressee.id],
    });
    await t.put(
      `/guidance/${published.id}`,
      { version: published.version, followUpResult: MARK.followUp },
      analyst,
    );
    await t.post(
      `/guidance/${published.id}/acknowledge`,
      { acknowledgedOn: '2026-07-02', acknowledgedBy: MARK.acknowledgedBy },
      analyst,
    );
    const revision = await t.post(`/guidance/${published.id}/revise`, undefined, analyst);
    await t.put(
      `/guidance/${revision.body.id}`,
      { version: revision.body.version, bodyJa: MARK.draftRevision },
      analyst,
    );
    const withdrawn = await issuedGuidance(t, [findingId], { titleEn: 'Withdrawn advice' });
    await t.post(`/guidance/${withdrawn.id}/withdraw`, { reason: MARK.withdrawal }, analyst);
    const secret = await issuedGuidance(t, [findingId], {
      public: false,
      titleJa: MARK.nonPublicGuidance,
      bodyEn: MARK.nonPublicGuidance,
    });
    const draft = await create(
      t,
      '/guidance',
      guidanceBody([findingId], { titleJa: MARK.draftGuidance }),
      analyst,
    );
    const approvedOnly = await create(
      t,
      '/guidance',
      guidanceBody([findingId], { titleEn: MARK.draftGuidance }),
      analyst,
    );
    await t.post(`/guidance/${approvedOnly.id}/submit`, undefined, analyst);
    const task = await openApprovalTask(t, 'guidance', approvedOnly.id, 'analyst@test.example');
    await t.post(`/review-tasks/${task}/approve`, {}, await t.tokenOf('reviewer'));
    hidden.push(secret.id, draft.id, revision.body.id, approvedOnly.id);
    await create(
      t,
      '/amendments',
      {
        target: 'business_guidelines',
        proposedChangeJa: MARK.amendment,
        proposedChangeEn: MARK.amendment,
        findingIds: [findingId],
      },
      analyst,
    );

    // Plan and Do stages: the plan in force with measures, and internal notes on them.
    const plan = await approvedPlan(t);
    const running = await create(t, '/measures', measureBody([plan.objectives[0].id]), coordinator);
    await t.post(`/measures/${running.id}/start`, undefined, coordinator);
    await create(
      t,
      '/progress-reports',
      reportBody(running.id, 'FY2025-Q4', {
        ratingRationale: MARK.rationale,
        accountablePerson: MARK.accountable,
        rating: 'amber',
      }),
      coordinator,
    );
    const paused = await create(t, '/measures', measureBody([plan.objectives[1].id]), coordinator);
    await t.post(`/measures/${paused.id}/start`, undefined, coordinator);
    await t.post(`/measures/${paused.id}/suspend`, { reason: MARK.statusReason }, coordinator);
    await create(
      t,
      '/plan-versions',
      { titleJa: MARK.draftPlan, titleEn: MARK.draftPlan },
      coordinator,
    );
  }, 60_000);
  afterAll(() => t.stop());

  it('leaks no confidential or internal field through any public path or download', async () => {
    const doc = await t.request('GET', '/../docs-json');
    const paths = Object.keys(doc.body.paths)
      .map((p) => p.replace(/^\/api\/v1/, ''))
      .filter((p) => p.startsWith('/public'));
    const fetched = new Map<string, number>();
    const bodies: string[] = [];
    const get = async (path: string) => {
      const response = await t.request('GET', path); // no token: anyone
      fetched.set(path, response.status);
      bodies.push(
        typeof response.body === 'string' ? response.body : JSON.stringify(response.body),
      );
      return response;
    };
    const ids = new Set<string>(hidden);
    const files = new Set<string>();
    for (const path of paths.filter((p) => !p.includes('{'))) {
      const response = await get(path === '/public/guidance' ? `${path}?range=[0,499]` : path);
      if (typeof response.body === 'object') idsIn(response.body, ids);
      if (path === '/public/open-data') for (const f of response.body) files.add(f.name);
    }
    for (const id of ids) await get(`/public/guidance/${id}`);
    for (const file of files) await get(`/public/open-data/${file}`);

    expect(paths.filter((p) => p.includes('{')).sort()).toEqual([
      '/public/guidance/{id}',
      '/public/open-data/{file}',
    ]);
    expect(files.size).toBe(7);
    for (const id of hidden) expect(fetched.get(`/public/guidance/${id}`)).toBe(404);
    expect(fetched.get(`/public/guidance/${published.id}`)).toBe(200);
    const everything = bodies.join('\n');
    for (const [field, marker] of Object.entries(MARK)) {
      expect({ field, leaked: everything.includes(marker) }).toEqual({ field, leaked: false });
    }
    expect(everything).toContain(published.referenceNumber);
  });

  it('shows published guidance with its versions, addressees by name, and none of its internal fields', async () => {
    const list = await t.get('/public/guidance');
    expect(list.headers.get('content-range')).toMatch(/^guidance 0-1\/2$/);
    const one = await t.get(`/public/guidance/${published.id}`);
    expect(one.body).toMatchObject({
      referenceNumber: published.referenceNumber,
      status: 'issued',
      addressees: [{ nameJa: '株式会社公表先', nameEn: 'Addressee Inc.' }],
      versions: [{ id: published.id, versionNumber: 1, status: 'issued' }],
    });
    for (const field of [
      'findingIds',
      'followUpDate',
      'followUpResult',
      'acknowledgedBy',
      'reviewNote',
      'withdrawalReason',
      'version',
    ]) {
      expect(one.body).not.toHaveProperty(field);
    }
    const withdrawn = list.body.find((g: any) => g.status === 'withdrawn');
    expect(withdrawn.withdrawnOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const feed = await t.get('/public/guidance/feed.atom');
    expect(feed.headers.get('content-type')).toContain('application/atom+xml');
    expect(feed.body).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
    );
    expect((feed.body as string).match(/<entry>/g)).toHaveLength(2);
    expect(feed.body).toContain(`urn:uuid:${published.id}`);
  });

  it('publishes the plan in force with its measures’ progress and ratings', async () => {
    const plan = await t.get('/public/plan');
    expect(plan.status).toBe(200);
    expect(plan.body.objectives.map((o: any) => o.code)).toEqual(['I-1', 'III-2']);
    expect(plan.body.objectives[0].kpis[0]).toMatchObject({ code: 'I-1-K1', target: 10 });
    expect(plan.body.measures.map((m: any) => [m.status, m.currentRating])).toEqual(
      expect.arrayContaining([
        ['in_progress', 'amber'],
        ['suspended', null],
      ]),
    );
    expect(plan.body.measures[0]).not.toHaveProperty('statusReason');
  });

  it('counts incidents by sector, risk, severity and month with small cells suppressed and no way back through the totals', async () => {
    const stats = (await t.get('/public/incident-statistics')).body;
    // Counted: 5 finance + 4 media + 1 healthcare; not the confidential nor the dismissed one.
    expect(stats.total).toBe(10);
    const cell = (table: any[], key: string) => table.find((c) => c.key === key);
    expect(cell(stats.bySector, 'finance')).toMatchObject({ count: 5, suppressed: false });
    expect(cell(stats.bySector, 'healthcare')).toMatchObject({ count: null, suppressed: true });
    // The lone small cell would be total − the rest: the smallest other one is suppressed too.
    expect(cell(stats.bySector, 'media')).toMatchObject({ count: null, suppressed: true });
    expect(cell(stats.bySector, 'education')).toMatchObject({ count: 0, suppressed: false });
    for (const table of [stats.bySector, stats.byRiskCategory, stats.bySeverity, stats.byMonth]) {
      const shown = table.filter((c: any) => !c.suppressed);
      expect(shown.every((c: any) => c.count === 0 || c.count >= 3)).toBe(true);
      const hiddenCells = table.filter((c: any) => c.suppressed);
      if (hiddenCells.length) expect(hiddenCells.length).toBeGreaterThanOrEqual(2);
    }
    expect(stats.byMonth.map((c: any) => c.key)).toEqual(['2026-01', '2026-02']);
    const csv = await t.get('/public/open-data/incident-statistics.csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.body).toContain('sector,healthcare,医療・ヘルスケア,Healthcare,,true');
    expect(csv.body).toContain('total,all,,,10,false');
  });
});
