import { TestApp } from '../../../../test/test-app';
import {
  create,
  openInvestigation as open,
  organisationBody,
  requestBody,
} from '../../../../test/check-fixtures';

const q = (filter: object) => encodeURIComponent(JSON.stringify(filter));

describe('information requests (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let analyst: string;

  beforeAll(async () => {
    // Low thresholds so the burden rule shows with a handful of requests.
    t = await TestApp.start({ burden: { openRequests: 2, requestsPerYear: 3 } });
    analyst = await t.tokenOf('analyst');
  });
  afterAll(() => t.stop());

  const openInvestigation = (incidentIds?: string[]) => open(t, analyst, incidentIds);

  it('records responses (declining is allowed) and refuses a response dated before the request', async () => {
    const investigation = await openInvestigation();
    const org = await create(
      t,
      '/organisations',
      organisationBody({ nameEn: 'Responder KK' }),
      analyst,
    );
    const request = await create(
      t,
      '/information-requests',
      requestBody(investigation.id, org.id, { requestDate: '2026-01-05', dueDate: '2026-01-20' }),
      analyst,
    );
    expect(request.overdue).toBe(true);
    const overdue = await t.get(
      `/information-requests?filter=${q({ overdue: true, organisationId: org.id })}`,
      analyst,
    );
    expect(overdue.body.map((r: any) => r.id)).toEqual([request.id]);

    const early = await t.post(
      `/information-requests/${request.id}/respond`,
      { cooperationStatus: 'responded', responseText: 'x', responseDate: '2026-01-04' },
      analyst,
    );
    expect(early.status).toBe(400);
    expect(early.body.details[0].field).toBe('responseDate');
    const noText = await t.post(
      `/information-requests/${request.id}/respond`,
      { cooperationStatus: 'partial', responseDate: '2026-01-10' },
      analyst,
    );
    expect(noText.body.details[0].field).toBe('responseText');
    const declined = await t.post(
      `/information-requests/${request.id}/respond`,
      { cooperationStatus: 'declined', responseDate: '2026-01-10' },
      analyst,
    );
    expect(declined.body).toMatchObject({
      status: 'answered',
      cooperationStatus: 'declined',
      overdue: false,
    });
    const again = await t.post(
      `/information-requests/${request.id}/close`,
      { reason: 'x' },
      analyst,
    );
    expect(again.status).toBe(409);
    const edit = await t.put(
      `/information-requests/${request.id}`,
      { version: declined.body.version, subject: 'x' },
      analyst,
    );
    expect(edit.status).toBe(409);
  });

  it('asks for a justification before burdening an organisation further, saying why', async () => {
    const investigation = await openInvestigation();
    const org = await create(
      t,
      '/organisations',
      organisationBody({ nameJa: '株式会社多忙' }),
      analyst,
    );
    for (let i = 0; i < 2; i += 1) {
      await create(t, '/information-requests', requestBody(investigation.id, org.id), analyst);
    }
    const before = await t.tableCounts();
    const third = await t.post(
      '/information-requests',
      requestBody(investigation.id, org.id),
      analyst,
    );
    expect(third.status).toBe(422);
    expect(third.body).toMatchObject({
      code: 'burden_justification_required',
      openRequests: 2,
      requestsLast12Months: 2,
      thresholds: { openRequests: 2, requestsPerYear: 3 },
      details: [{ field: 'burdenJustification' }],
    });
    expect(third.body.message).toContain('株式会社多忙 already has 2 open requests (threshold 2)');
    expect(await t.tableCounts()).toEqual(before);

    const justified = await t.post(
      '/information-requests',
      requestBody(investigation.id, org.id, {
        burdenJustification: '重大事案のため追加の確認が不可欠',
      }),
      analyst,
    );
    expect(justified.status).toBe(201);
    expect(justified.body.burdenJustification).toBe('重大事案のため追加の確認が不可欠');

    // Answering lowers the open count, but three requests this year still count.
    for (const r of (
      await t.get(`/information-requests?filter=${q({ organisationId: org.id })}`, analyst)
    ).body) {
      await t.post(`/information-requests/${r.id}/close`, { reason: '整理' }, analyst);
    }
    const yearly = await t.post(
      '/information-requests',
      requestBody(investigation.id, org.id),
      analyst,
    );
    expect(yearly.status).toBe(422);
    expect(yearly.body).toMatchObject({ openRequests: 0, requestsLast12Months: 3 });
    expect(yearly.body.message).toContain('3 requests in the last twelve months (threshold 3)');

    const detail = (await t.get(`/organisations/${org.id}`, analyst)).body;
    expect(detail).toMatchObject({
      openRequestCount: 0,
      requestsLast12Months: 3,
      openRequests: [],
    });
    expect(detail.recentRequests).toHaveLength(3);
  });
});
