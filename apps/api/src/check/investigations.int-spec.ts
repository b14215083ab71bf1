import { TestApp } from '../../../../test/test-app';
import {
  create,
  findingBody,
  incidentBody,
  openInvestigation as open,
  organisationBody,
  requestBody,
  userId,
} from '../../../../test/check-fixtures';

describe('investigations (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let analyst: string;
  let reviewer: string;
  let lead: string;

  beforeAll(async () => {
    t = await TestApp.start();
    analyst = await t.tokenOf('analyst');
    reviewer = await t.tokenOf('reviewer');
    lead = await userId(t, 'analyst@test.example');
  });
  afterAll(() => t.stop());

  const openInvestigation = (incidentIds?: string[]) => open(t, analyst, incidentIds);

  it('opening an investigation puts reported and triaged incidents under investigation, refuses finished ones', async () => {
    const reported = await create(t, '/incidents', incidentBody(), analyst);
    const triaged = await create(t, '/incidents', incidentBody(), analyst);
    await t.post(`/incidents/${triaged.id}/triage`, {}, analyst);
    const dismissed = await create(t, '/incidents', incidentBody(), analyst);
    await t.post(`/incidents/${dismissed.id}/dismiss`, { reason: '対象外' }, analyst);

    const before = await t.tableCounts();
    const refused = await t.post(
      '/investigations',
      { titleEn: 'x', scope: 'x', leadAnalystId: lead, incidentIds: [reported.id, dismissed.id] },
      analyst,
    );
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'incident_not_investigable',
      details: [{ field: 'incidentIds' }],
    });
    expect(await t.tableCounts()).toEqual(before);
    expect((await t.get(`/incidents/${reported.id}`, analyst)).body.status).toBe('reported');

    const investigation = await openInvestigation([reported.id, triaged.id]);
    expect(investigation).toMatchObject({ status: 'open', actions: ['gather', 'analyse'] });
    for (const id of [reported.id, triaged.id]) {
      const incident = (await t.get(`/incidents/${id}`, analyst)).body;
      expect(incident).toMatchObject({
        status: 'under_investigation',
        investigationIds: [investigation.id],
      });
      expect(incident.actions).toEqual(['close']);
    }
    const second = await openInvestigation([reported.id]);
    expect((await t.get(`/incidents/${reported.id}`, analyst)).body.investigationIds).toEqual([
      investigation.id,
      second.id,
    ]);

    const added = await create(t, '/incidents', incidentBody(), analyst);
    const grown = await t.put(
      `/investigations/${investigation.id}`,
      { version: investigation.version, incidentIds: [reported.id, triaged.id, added.id] },
      analyst,
    );
    expect(grown.status).toBe(200);
    expect((await t.get(`/incidents/${added.id}`, analyst)).body.status).toBe(
      'under_investigation',
    );
    const shrunk = await t.put(
      `/investigations/${investigation.id}`,
      { version: grown.body.version, incidentIds: [reported.id] },
      analyst,
    );
    expect(shrunk.status).toBe(422);
    expect(shrunk.body.code).toBe('incident_removal');
  });

  it('runs open → gathering → analysis → findings_in_review → concluded only when the rule holds', async () => {
    const investigation = await openInvestigation();
    const org = await create(
      t,
      '/organisations',
      organisationBody({ nameEn: 'Lifecycle Corp' }),
      analyst,
    );
    const early = await t.post(
      `/investigations/${investigation.id}/conclude`,
      { conclusion: 'x' },
      analyst,
    );
    expect(early.status).toBe(409);
    expect(early.body.allowedActions).toEqual(['gather', 'analyse']);

    expect(
      (await t.post(`/investigations/${investigation.id}/gather`, {}, analyst)).body.status,
    ).toBe('gathering_information');
    const request = await create(
      t,
      '/information-requests',
      requestBody(investigation.id, org.id),
      analyst,
    );
    expect(request).toMatchObject({
      status: 'open',
      cooperationStatus: 'pending',
      voluntary: true,
      legalBasis: 'AI推進法に基づく情報提供の求め（任意）',
      actions: ['respond', 'close'],
      overdue: false,
    });
    expect(
      // No body at all is as good as {} for a transition that takes no input.
      (await t.post(`/investigations/${investigation.id}/analyse`, undefined, analyst)).body.status,
    ).toBe('analysis');
    const empty = await t.post(`/investigations/${investigation.id}/review`, {}, analyst);
    expect(empty.status).toBe(422);
    expect(empty.body.code).toBe('no_findings');

    const finding = await create(t, '/findings', findingBody(investigation.id), analyst);
    expect(finding).toMatchObject({ status: 'draft', actions: ['submit'] });
    expect(
      (await t.post(`/investigations/${investigation.id}/review`, {}, analyst)).body.status,
    ).toBe('findings_in_review');

    const refused = await t.post(
      `/investigations/${investigation.id}/conclude`,
      { conclusion: 'x' },
      analyst,
    );
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'not_concludable',
      acceptedFindings: 0,
      openRequests: 1,
    });
    expect(refused.body.message).toContain('no accepted finding');

    expect((await t.post(`/findings/${finding.id}/submit`, {}, analyst)).body.status).toBe(
      'in_review',
    );
    const inReview = await t.post(
      `/investigations/${investigation.id}/conclude`,
      { conclusion: 'x' },
      analyst,
    );
    expect(inReview.body).toMatchObject({ findingsInReview: 1 });
    expect(
      (await t.post(`/findings/${finding.id}/accept`, { note: '妥当' }, reviewer)).body,
    ).toMatchObject({
      status: 'accepted',
      reviewNote: '妥当',
      actions: [],
    });
    const stillOpen = await t.post(
      `/investigations/${investigation.id}/conclude`,
      { conclusion: 'x' },
      analyst,
    );
    expect(stillOpen.body).toMatchObject({
      code: 'not_concludable',
      openRequests: 1,
      acceptedFindings: 1,
    });

    const closed = await t.post(
      `/information-requests/${request.id}/close`,
      { reason: '不要となった' },
      analyst,
    );
    expect(closed.body).toMatchObject({
      status: 'closed',
      closeReason: '不要となった',
      cooperationStatus: 'pending',
    });
    expect((await t.get(`/investigations/${investigation.id}`, analyst)).body).toMatchObject({
      openRequests: 0,
      findings: 1,
      acceptedFindings: 1,
      actions: ['revise', 'conclude'],
    });
    const concluded = await t.post(
      `/investigations/${investigation.id}/conclude`,
      { conclusion: '説明不足が原因。指導を行う。', rootCause: '利用規約の記載不足' },
      analyst,
    );
    expect(concluded.status).toBe(200);
    expect(concluded.body).toMatchObject({
      status: 'concluded',
      actions: [],
      rootCause: '利用規約の記載不足',
    });
    expect(concluded.body.concludedAt).toEqual(expect.any(String));

    const late = await t.post('/findings', findingBody(investigation.id), analyst);
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('investigation_concluded');
    const history = (await t.get(`/investigations/${investigation.id}/history`, analyst)).body;
    expect(history.map((e: any) => e.action)).toEqual([
      'investigation.create',
      'investigation.gather',
      'investigation.analyse',
      'investigation.review',
      'investigation.conclude',
    ]);
  });

  it('keeps a timeline of comments and changes for incidents and investigations, in time order', async () => {
    const incident = await create(t, '/incidents', incidentBody(), analyst);
    await t.post(`/incidents/${incident.id}/comments`, { body: '報道を確認した。' }, analyst);
    await t.post(`/incidents/${incident.id}/triage`, {}, analyst);
    await t.post(`/incidents/${incident.id}/comments`, { body: '事業者に連絡する。' }, reviewer);
    const timeline = (await t.get(`/incidents/${incident.id}/timeline`, analyst)).body;
    expect(timeline.map((e: any) => e.action ?? e.body)).toEqual([
      'incident.create',
      '報道を確認した。',
      'incident.triage',
      '事業者に連絡する。',
    ]);
    expect(timeline[3]).toMatchObject({ kind: 'comment', actorLabel: 'reviewer@test.example' });

    const investigation = await openInvestigation([incident.id]);
    const org = await create(t, '/organisations', organisationBody(), analyst);
    await t.post(
      `/investigations/${investigation.id}/comments`,
      { body: '論点を整理した。' },
      analyst,
    );
    await create(t, '/information-requests', requestBody(investigation.id, org.id), analyst);
    const file = (await t.get(`/investigations/${investigation.id}/timeline`, analyst)).body;
    expect(file.map((e: any) => e.action ?? e.body)).toEqual([
      'investigation.create',
      '論点を整理した。',
      'information_request.create',
    ]);
    const times = file.map((e: any) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(
      (await t.post(`/investigations/${investigation.id}/comments`, { body: '' }, analyst)).status,
    ).toBe(400);
  });
});
