import { TestApp } from '../../../../test/test-app';
import { create, incidentBody, organisationBody, userId } from '../../../../test/check-fixtures';

const MISSING = '00000000-0000-4000-8000-000000000000';
const q = (filter: object) => encodeURIComponent(JSON.stringify(filter));

describe('Check stage: bad input answers 400/404/409/422 and writes nothing', () => {
  let t: TestApp;
  let analyst: string;
  let reviewer: string;

  beforeAll(async () => {
    t = await TestApp.start();
    analyst = await t.tokenOf('analyst');
    reviewer = await t.tokenOf('reviewer');
  });
  afterAll(() => t.stop());

  it('refuses every kind of bad request on every endpoint', async () => {
    const lead = await userId(t, 'analyst@test.example');
    const coordinatorId = await userId(t, 'coordinator@test.example');
    const org = await create(t, '/organisations', organisationBody(), analyst);
    const incident = await create(
      t,
      '/incidents',
      incidentBody({ organisationIds: [org.id] }),
      analyst,
    );
    const investigation = await create(
      t,
      '/investigations',
      { titleEn: 'Bad input', scope: 'x', leadAnalystId: lead, incidentIds: [incident.id] },
      analyst,
    );
    const request = await create(
      t,
      '/information-requests',
      {
        investigationId: investigation.id,
        organisationId: org.id,
        subject: 's',
        questions: 'q',
        dueDate: '2099-01-01',
      },
      analyst,
    );
    const finding = await create(
      t,
      '/findings',
      {
        investigationId: investigation.id,
        statementEn: 's',
        riskLevel: 'low',
        recommendedAction: 'no_action',
      },
      analyst,
    );
    const before = await t.tableCounts();
    const inc = `/incidents/${incident.id}`;
    const { version } = (await t.get(inc, analyst)).body;
    const inv = `/investigations/${investigation.id}`;
    const req = `/information-requests/${request.id}`;
    const fnd = `/findings/${finding.id}`;
    const newIncident = (o: Record<string, unknown>) => incidentBody(o);
    const newRequest = (o: object) => ({
      investigationId: investigation.id,
      organisationId: org.id,
      subject: 's',
      questions: 'q',
      dueDate: '2099-01-01',
      ...o,
    });
    const newFinding = (o: object) => ({
      investigationId: investigation.id,
      statementEn: 's',
      riskLevel: 'low',
      recommendedAction: 'no_action',
      ...o,
    });
    const cases: [string, string, unknown, number, string?, string?][] = [
      // organisations
      ['POST', '/organisations', organisationBody({ type: 'ngo' }), 400, 'type'],
      [
        'POST',
        '/organisations',
        organisationBody({ nameJa: undefined, nameEn: undefined }),
        400,
        'nameJa',
      ],
      ['POST', '/organisations', organisationBody({ country: 'US' }), 400, 'country'],
      ['POST', '/organisations', organisationBody({ country: 'japan' }), 400, 'country'],
      ['POST', '/organisations', organisationBody({ domestic: 'yes' }), 400, 'domestic'],
      ['POST', '/organisations', organisationBody({ colour: 'red' }), 400, 'colour'],
      ['PUT', `/organisations/${org.id}`, { nameEn: 'x' }, 400, 'version'],
      ['PUT', `/organisations/${org.id}`, { version: 99, nameEn: 'x' }, 409],
      ['PUT', `/organisations/${MISSING}`, { version: 1, nameEn: 'x' }, 404],
      ['DELETE', `/organisations/${org.id}`, undefined, 409],
      ['DELETE', `/organisations/${MISSING}`, undefined, 404],
      ['GET', `/organisations?filter=${q({ size: 'huge' })}`, undefined, 400, 'filter.size'],
      ['GET', '/organisations/not-a-uuid', undefined, 400, 'id'],
      ['GET', '/organisations/not-a-uuid/history', undefined, 400, 'id'],
      // incidents
      ['POST', '/incidents', newIncident({ sector: 'space' }), 400, 'sector'],
      ['POST', '/incidents', newIncident({ riskCategories: [] }), 400, 'riskCategories'],
      ['POST', '/incidents', newIncident({ riskCategories: ['gossip'] }), 400, 'riskCategories'],
      ['POST', '/incidents', newIncident({ source: 'rumour' }), 400, 'source'],
      ['POST', '/incidents', newIncident({ applicableLaws: ['gdpr'] }), 400, 'applicableLaws'],
      [
        'POST',
        '/incidents',
        newIncident({ affectedInterests: ['luck'] }),
        400,
        'affectedInterests',
      ],
      ['POST', '/incidents', newIncident({ severity: 'extreme' }), 400, 'severity'],
      ['POST', '/incidents', newIncident({ confidentiality: 'secret' }), 400, 'confidentiality'],
      ['POST', '/incidents', newIncident({ peopleAffected: -1 }), 400, 'peopleAffected'],
      ['POST', '/incidents', newIncident({ advancedAi: 'yes' }), 400, 'advancedAi'],
      [
        'POST',
        '/incidents',
        newIncident({ titleJa: undefined, titleEn: undefined }),
        400,
        'titleJa',
      ],
      [
        'POST',
        '/incidents',
        newIncident({ summaryJa: undefined, summaryEn: undefined }),
        400,
        'summaryJa',
      ],
      ['POST', '/incidents', newIncident({ occurredDate: '2026-02-30' }), 400, 'occurredDate'],
      ['POST', '/incidents', newIncident({ organisationIds: [MISSING] }), 422, 'organisationIds'],
      ['POST', '/incidents', newIncident({ organisationIds: ['x'] }), 400, 'organisationIds'],
      ['PUT', inc, { version: version + 5, severity: 'low' }, 409],
      ['PUT', inc, { version, reportedDate: '2025-01-01' }, 400, 'reportedDate'],
      ['PUT', inc, { version, organisationIds: [MISSING] }, 422, 'organisationIds'],
      ['PUT', inc, { version, severity: null }, 422],
      ['PUT', inc, { version, riskCategories: null }, 422],
      ['PUT', `/incidents/${MISSING}`, { version: 1, severity: 'low' }, 404],
      ['POST', `${inc}/triage`, { severity: 'extreme' }, 400, 'severity'],
      ['POST', `/incidents/${MISSING}/triage`, {}, 404],
      ['POST', `${inc}/close`, {}, 400, 'resolution'],
      ['POST', `${inc}/dismiss`, { reason: '' }, 400, 'reason'],
      ['POST', `${inc}/duplicate`, { duplicateOfId: 'x' }, 400, 'duplicateOfId'],
      ['POST', `${inc}/duplicate`, { duplicateOfId: MISSING }, 409],
      [
        'GET',
        `/incidents?filter=${q({ occurredFrom: 'yesterday' })}`,
        undefined,
        400,
        'filter.occurredFrom',
      ],
      [
        'GET',
        `/incidents?filter=${q({ riskCategory: 'gossip' })}`,
        undefined,
        400,
        'filter.riskCategory',
      ],
      [
        'GET',
        `/incidents?filter=${q({ advancedAi: 'true' })}`,
        undefined,
        400,
        'filter.advancedAi',
      ],
      ['GET', '/incidents?sort=["titleEn","ASC"]', undefined, 400, 'sort'],
      [
        'GET',
        `/incidents/export.csv?filter=${q({ status: 'lost' })}`,
        undefined,
        400,
        'filter.status',
      ],
      ['GET', '/incidents/export.csv?format=xlsx', undefined, 400, 'format'],
      ['GET', '/incidents/by-reference/INC-2026-42', undefined, 400, 'reference'],
      ['GET', `/incidents/${MISSING}`, undefined, 404],
      ['GET', `/incidents/${MISSING}/history`, undefined, 404],
      ['GET', `/incidents/${MISSING}/timeline`, undefined, 404],
      ['POST', `/incidents/${MISSING}/comments`, { body: 'x' }, 404],
      ['POST', `${inc}/comments`, {}, 400, 'body'],
      ['POST', `${inc}/comments`, { body: 'x', author: 'me' }, 400, 'author'],
      // investigations
      [
        'POST',
        '/investigations',
        { titleEn: 'x', scope: 'x', leadAnalystId: MISSING, incidentIds: [incident.id] },
        422,
        'leadAnalystId',
      ],
      [
        'POST',
        '/investigations',
        { titleEn: 'x', scope: 'x', leadAnalystId: coordinatorId, incidentIds: [incident.id] },
        422,
        'leadAnalystId',
      ],
      [
        'POST',
        '/investigations',
        { titleEn: 'x', scope: 'x', leadAnalystId: lead, incidentIds: [] },
        400,
        'incidentIds',
      ],
      [
        'POST',
        '/investigations',
        { titleEn: 'x', scope: 'x', leadAnalystId: lead, incidentIds: [MISSING] },
        422,
        'incidentIds',
      ],
      [
        'POST',
        '/investigations',
        { scope: 'x', leadAnalystId: lead, incidentIds: [incident.id] },
        400,
        'titleJa',
      ],
      ['PUT', inv, { version: 99, scope: 'y' }, 409],
      ['PUT', inv, { version: investigation.version, status: 'concluded' }, 400, 'status'],
      ['POST', `/investigations/${MISSING}/gather`, {}, 404],
      ['GET', '/investigations/not-a-uuid', undefined, 400, 'id'],
      ['GET', `/investigations/${MISSING}`, undefined, 404],
      ['GET', `/investigations/${MISSING}/history`, undefined, 404],
      ['POST', `/investigations/${MISSING}/analyse`, {}, 404],
      ['POST', `${inv}/revise`, {}, 409],
      ['POST', `${inv}/gather`, { note: 'x' }, 400, 'note'],
      ['GET', `/information-requests/${MISSING}`, undefined, 404],
      ['GET', `/information-requests/${MISSING}/history`, undefined, 404],
      ['GET', '/findings/not-a-uuid', undefined, 400, 'id'],
      ['GET', `/findings/${MISSING}`, undefined, 404],
      ['POST', `${inv}/review`, {}, 409],
      ['POST', `${inv}/conclude`, {}, 400, 'conclusion'],
      ['GET', `/investigations?filter=${q({ status: 'closed' })}`, undefined, 400, 'filter.status'],
      ['GET', `/investigations/${MISSING}/timeline`, undefined, 404],
      ['POST', `/investigations/${MISSING}/comments`, { body: 'x' }, 404],
      // information requests
      [
        'POST',
        '/information-requests',
        newRequest({ investigationId: MISSING }),
        422,
        'investigationId',
      ],
      [
        'POST',
        '/information-requests',
        newRequest({ organisationId: MISSING }),
        422,
        'organisationId',
      ],
      [
        'POST',
        '/information-requests',
        newRequest({ requestDate: '2026-03-01', dueDate: '2026-02-01' }),
        400,
        'dueDate',
      ],
      [
        'POST',
        '/information-requests',
        newRequest({ requestDate: '2999-01-01' }),
        400,
        'requestDate',
      ],
      ['POST', '/information-requests', newRequest({ voluntary: 'no' }), 400, 'voluntary'],
      ['PUT', req, { version: request.version, dueDate: '2000-01-01' }, 400, 'dueDate'],
      ['PUT', `/information-requests/${MISSING}`, { version: 1, subject: 'x' }, 404],
      [
        'POST',
        `${req}/respond`,
        { cooperationStatus: 'pending', responseDate: '2026-01-01' },
        400,
        'cooperationStatus',
      ],
      [
        'POST',
        `${req}/respond`,
        { cooperationStatus: 'responded', responseText: 'x', responseDate: '2999-01-01' },
        400,
        'responseDate',
      ],
      ['POST', `${req}/close`, {}, 400, 'reason'],
      ['POST', `/information-requests/${MISSING}/close`, { reason: 'x' }, 404],
      [
        'GET',
        `/information-requests?filter=${q({ cooperationStatus: 'hostile' })}`,
        undefined,
        400,
        'filter.cooperationStatus',
      ],
      // findings
      ['POST', '/findings', newFinding({ investigationId: MISSING }), 422, 'investigationId'],
      ['POST', '/findings', newFinding({ riskLevel: 'tiny' }), 400, 'riskLevel'],
      ['POST', '/findings', newFinding({ recommendedAction: 'ban' }), 400, 'recommendedAction'],
      ['POST', '/findings', newFinding({ evidence: 'a document' }), 400, 'evidence'],
      ['POST', '/findings', newFinding({ statementEn: undefined }), 400, 'statementJa'],
      [
        'POST',
        '/findings',
        newFinding({ recommendedAction: 'ministry_referral', referralMinistry: 'xyz' }),
        400,
        'referralMinistry',
      ],
      [
        'PUT',
        fnd,
        { version: finding.version, recommendedAction: 'ministry_referral' },
        400,
        'referralMinistry',
      ],
      ['PUT', `/findings/${MISSING}`, { version: 1, riskLevel: 'low' }, 404],
      ['POST', `/findings/${MISSING}/submit`, {}, 404],
      ['POST', `${fnd}/submit`, { status: 'accepted' }, 400, 'status'],
      ['POST', `${inv}/analyse`, [1], 400, 'body'],
      ['POST', `${fnd}/accept`, {}, 409, undefined, reviewer],
      ['POST', `${fnd}/return`, {}, 400, 'note', reviewer],
      ['DELETE', `/findings/${MISSING}`, undefined, 404],
      [
        'GET',
        `/findings?filter=${q({ referralMinistry: 'nasa' })}`,
        undefined,
        400,
        'filter.referralMinistry',
      ],
    ];
    for (const [method, path, body, status, field, token = analyst] of cases) {
      const response = await t.request(method, path, { body, token });
      expect({
        method,
        path,
        status: response.status,
        b: response.status === status ? null : response.body,
      }).toEqual({ method, path, status, b: null });
      expect(response.body).toMatchObject({
        statusCode: status,
        code: expect.any(String),
        requestId: expect.any(String),
      });
      if (field)
        expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const malformed = await t.request('POST', '/incidents', {
      raw: '{"titleJa": ',
      token: analyst,
    });
    expect(malformed.status).toBe(400);
    expect(await t.tableCounts()).toEqual(before);
  });
});
