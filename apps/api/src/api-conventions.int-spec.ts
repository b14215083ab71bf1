import { TestApp } from '../../../test/test-app';
import { BODY_LIMIT_BYTES } from './common/http-edge';

describe('API conventions shared by every endpoint', () => {
  let t: TestApp;
  let coordinator: string;

  beforeAll(async () => {
    t = await TestApp.start();
    coordinator = await t.tokenOf('coordinator');
  });
  afterAll(() => t.stop());

  it('serves an OpenAPI 3 document generated from the code, and Swagger UI', async () => {
    const doc = await t.get('/../docs-json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(doc.body.paths['/api/v1/plan-versions/{id}/approve'].post.security).toEqual([
      { bearer: [] },
    ]);
    expect(doc.body.components.schemas.ApprovePlanVersionDto.required).toEqual([
      'cabinetDecisionDate',
      'cabinetDecisionNumber',
    ]);
    const ui = await t.request('GET', '/../docs');
    expect(ui.status).toBe(200);
    expect(String(ui.body)).toContain('swagger');
  });

  it('reports liveness and readiness (the database answers)', async () => {
    expect((await t.get('/health/live')).body).toEqual({ status: 'ok' });
    const ready = await t.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.details.database.status).toBe('up');
  });

  it('answers with the one error shape, echoing or creating a request id', async () => {
    const unknown = await t.get('/no-such-route', coordinator);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      code: 'route_not_found',
      message: expect.any(String),
      requestId: unknown.headers.get('x-request-id'),
    });
    const mine = await t.request('GET', '/no-such-route', {
      headers: { 'x-request-id': 'trace-me-123' },
    });
    expect(mine.body.requestId).toBe('trace-me-123');
    // A request id that could forge log lines is replaced, not echoed.
    const forged = await t.request('GET', '/health/live', {
      headers: { 'x-request-id': 'a b\\nlevel=fatal' },
    });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('names the rule each field breaks and its limits, beside an English message', async () => {
    const counts = await t.tableCounts();
    const refused = await t.post(
      '/plan-versions',
      { titleJa: '', titleEn: 'x'.repeat(301), fiscalYearFrom: 2024, colour: 'blue' },
      coordinator,
    );
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'validation_failed' });
    expect(refused.body.details).toEqual(
      expect.arrayContaining([
        {
          field: 'titleJa',
          rule: 'isLength',
          args: { min: 1, max: 300 },
          message: 'titleJa must be longer than or equal to 1 characters',
        },
        expect.objectContaining({ field: 'titleEn', rule: 'isLength', args: { min: 1, max: 300 } }),
        expect.objectContaining({ field: 'fiscalYearFrom', rule: 'min', args: { min: 2025 } }),
        { field: 'colour', rule: 'unknownField', message: 'colour is not a known field' },
      ]),
    );
    expect(await t.tableCounts()).toEqual(counts);
  });

  it('refuses oversized bodies (413), other media types (415) and malformed JSON (400) without writing', async () => {
    const before = await t.tableCounts();
    const huge = await t.request('POST', '/plan-versions', {
      raw: JSON.stringify({ titleJa: 'x'.repeat(BODY_LIMIT_BYTES), titleEn: 'x' }),
      token: coordinator,
    });
    expect(huge.status).toBe(413);
    expect(huge.body.statusCode).toBe(413);
    const text = await t.request('POST', '/plan-versions', {
      raw: 'titleJa=x',
      token: coordinator,
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    const broken = await t.request('POST', '/plan-versions', {
      raw: '{"titleJa":',
      token: coordinator,
    });
    expect(broken.status).toBe(400);
    const empty = await t.request('POST', '/plan-versions', { token: coordinator });
    expect(empty.status).toBe(400);
    expect(await t.tableCounts()).toEqual(before);
  });

  it('limits nesting, URL length, header size and path parameters, answering in the error shape', async () => {
    const shaped = (r: { status: number; body: any }, status: number) => {
      expect(r.status).toBe(status);
      expect(r.body).toMatchObject({
        statusCode: status,
        code: expect.any(String),
        requestId: expect.any(String),
      });
    };
    const deep = '{"a":'.repeat(40) + '1' + '}'.repeat(40);
    shaped(await t.request('POST', '/plan-versions', { raw: deep, token: coordinator }), 400);
    shaped(
      await t.request('POST', '/plan-versions', {
        raw: '{"__proto__":{"x":1}}',
        token: coordinator,
      }),
      400,
    );
    shaped(await t.get(`/plan-versions?filter=${'x'.repeat(9000)}`, coordinator), 414);
    shaped(
      await t.request('GET', '/plan-versions', {
        token: coordinator,
        headers: { 'x-big': 'y'.repeat(20_000) },
      }),
      431,
    );
    shaped(await t.get(`/plan-versions/${'x'.repeat(300)}`, coordinator), 400);
  });

  it('estimates the total of a large result (flagged) and counts a small one exactly', async () => {
    await t.sql(
      `INSERT INTO audit_event (actor_label, action, entity_type, entity_id)
       SELECT 'bulk', 'bulk.event', 'bulk', g::text FROM generate_series(1, 12000) g`,
    );
    await t.sql('ANALYZE audit_event');
    const auditor = await t.tokenOf('auditor');
    const large = await t.get('/audit-events?range=[0,9]', auditor);
    expect(large.status).toBe(200);
    expect(large.headers.get('x-total-estimated')).toBe('true');
    const total = Number(large.headers.get('content-range')?.split('/')[1]);
    expect(total).toBeGreaterThan(10_000);
    expect(total).toBeLessThan(20_000);
    // Deep into a large result, the page comes from the index, in order.
    const deep = await t.get('/audit-events?sort=["id","ASC"]&range=[10500,10502]', auditor);
    expect(deep.body.map((e: any) => Number(e.id))).toEqual(
      [0, 1, 2].map((i) => Number(deep.body[0].id) + i),
    );
    const small = await t.get('/audit-events?filter={"entityId":"77"}', auditor);
    expect(small.headers.get('x-total-estimated')).toBe('false');
    expect(small.headers.get('content-range')).toBe('audit-events 0-0/1');
  });

  it('pages lists with react-admin ranges and Content-Range totals', async () => {
    for (let i = 0; i < 3; i++)
      await t.post('/plan-versions', { titleJa: `計画${i}`, titleEn: `Plan ${i}` }, coordinator);
    const page = await t.get('/plan-versions?sort=["number","ASC"]&range=[1,2]', coordinator);
    expect(page.status).toBe(200);
    expect(page.body.map((v: any) => v.number)).toEqual([2, 3]);
    expect(page.headers.get('content-range')).toBe('plan-versions 1-2/3');
    expect(page.headers.get('x-total-estimated')).toBe('false');
    const search = await t.get(
      `/plan-versions?filter=${encodeURIComponent('{"q":"計画1"}')}`,
      coordinator,
    );
    expect(search.body.map((v: any) => v.titleJa)).toEqual(['計画1']);
    const many = await t.get(
      `/plan-versions?filter=${encodeURIComponent(JSON.stringify({ id: page.body.map((v: any) => v.id) }))}`,
      coordinator,
    );
    expect(many.body).toHaveLength(2);
  });
});
