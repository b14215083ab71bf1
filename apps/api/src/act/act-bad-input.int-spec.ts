import { acceptedFinding, guidanceBody, issuedGuidance } from '../../../../test/act-fixtures';
import { create } from '../../../../test/check-fixtures';
import { approvedPlan } from '../../../../test/do-fixtures';
import { TestApp } from '../../../../test/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';
const q = (value: object) => encodeURIComponent(JSON.stringify(value));

describe('Act stage and public area: bad input answers 400/404/409/422 and writes nothing', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('refuses every kind of bad request on every endpoint', async () => {
    const analyst = await t.tokenOf('analyst');
    const auditor = await t.tokenOf('auditor');
    await approvedPlan(t);
    const { findingId } = await acceptedFinding(t);
    const draft = await create(t, '/guidance', guidanceBody([findingId]), analyst);
    const issued = await issuedGuidance(t, [findingId], {}, '2026-07-01');
    const amendmentBody = (o: object = {}) => ({
      target: 'business_guidelines',
      proposedChangeJa: '改定案',
      proposedChangeEn: 'Proposed change',
      findingIds: [findingId],
      ...o,
    });
    const proposed = await create(t, '/amendments', amendmentBody(), analyst);
    const reviewed = await create(t, '/amendments', amendmentBody(), analyst);
    await t.post(`/amendments/${reviewed.id}/submit`, undefined, analyst);
    const g = (body: Record<string, unknown>) => guidanceBody([findingId], body);
    const d = `/guidance/${draft.id}`;
    const i = `/guidance/${issued.id}`;
    const a = `/amendments/${proposed.id}`;
    const r = `/amendments/${reviewed.id}`;
    const before = await t.tableCounts();

    const cases: [string, string, unknown, number, string?][] = [
      ['POST', '/guidance', g({ kind: 'order' }), 400, 'kind'],
      ['POST', '/guidance', g({ titleJa: undefined }), 400, 'titleJa'],
      ['POST', '/guidance', g({ bodyEn: '' }), 400, 'bodyEn'],
      ['POST', '/guidance', g({ colour: 'red' }), 400, 'colour'],
      ['POST', '/guidance', g({ findingIds: ['x'] }), 400, 'findingIds'],
      ['POST', '/guidance', g({ findingIds: [findingId, findingId] }), 400, 'findingIds'],
      ['POST', '/guidance', g({ findingIds: [MISSING] }), 422, 'findingIds'],
      ['POST', '/guidance', g({ findingIds: [] }), 400, 'findingIds'],
      ['POST', '/guidance', g({ addresseeSector: undefined }), 400, 'addresseeOrganisationIds'],
      ['POST', '/guidance', g({ addresseeOrganisationIds: [MISSING] }), 400, 'addresseeSector'],
      [
        'POST',
        '/guidance',
        g({
          kind: 'public_notice',
          addresseeSector: undefined,
          addresseeOrganisationIds: [MISSING],
        }),
        422,
        'addresseeOrganisationIds',
      ],
      ['POST', '/guidance', g({ issuingAuthority: 'mars' }), 400, 'issuingAuthority'],
      ['POST', '/guidance', g({ followUpDate: '2026-02-30' }), 400, 'followUpDate'],
      ['POST', '/guidance', g({ public: 'yes' }), 400, 'public'],
      ['PUT', d, { titleEn: 'x' }, 400, 'version'],
      ['PUT', d, { version: 99, titleEn: 'x' }, 409],
      ['PUT', d, { version: 1, followUpResult: '済' }, 409],
      ['PUT', `/guidance/${MISSING}`, { version: 1, titleEn: 'x' }, 404],
      ['PUT', i, { version: issued.version, bodyJa: '改ざん' }, 409],
      ['PUT', i, { version: issued.version, followUpDate: '2026-06-30' }, 400, 'followUpDate'],
      ['DELETE', i, undefined, 409],
      ['DELETE', `/guidance/${MISSING}`, undefined, 404],
      ['POST', `${d}/submit`, { now: true }, 400, 'now'],
      ['POST', `/guidance/${MISSING}/submit`, undefined, 404],
      ['POST', `${d}/issue`, { issueDate: '2099-01-01' }, 400, 'issueDate'],
      ['POST', `${d}/issue`, { issueDate: '2026-07-01' }, 409],
      ['POST', `${i}/withdraw`, {}, 400, 'reason'],
      ['POST', `${d}/withdraw`, { reason: '撤回' }, 409],
      ['POST', `${d}/revise`, undefined, 409],
      ['POST', `${d}/acknowledge`, { acknowledgedOn: '2026-07-02', acknowledgedBy: 'x' }, 409],
      [
        'POST',
        `${i}/acknowledge`,
        { acknowledgedOn: '2026-06-30', acknowledgedBy: 'x' },
        400,
        'acknowledgedOn',
      ],
      [
        'POST',
        `${i}/acknowledge`,
        { acknowledgedOn: '2026-07-02', acknowledgedBy: '' },
        400,
        'acknowledgedBy',
      ],
      ['GET', '/guidance/not-a-uuid', undefined, 400, 'id'],
      ['GET', `${d}/diff`, undefined, 400, 'with'],
      ['GET', `${d}/diff?with=x`, undefined, 400, 'with'],
      ['GET', `${d}/diff?with=${MISSING}`, undefined, 422, 'with'],
      ['GET', `/guidance/${MISSING}/diff?with=${draft.id}`, undefined, 404],
      ['GET', `/guidance/${MISSING}/versions`, undefined, 404],
      ['GET', `/guidance/${MISSING}/history`, undefined, 404],
      ['GET', `/guidance?filter=${q({ status: 'sent' })}`, undefined, 400, 'filter.status'],
      [
        'GET',
        `/guidance?filter=${q({ followUpDue: 'yes' })}`,
        undefined,
        400,
        'filter.followUpDue',
      ],
      [
        'GET',
        `/guidance/export.json?referenceNumber=${'x'.repeat(40)}`,
        undefined,
        400,
        'referenceNumber',
      ],
      ['GET', '/guidance/export.csv?format=xml', undefined, 400, 'format'],
      ['POST', '/amendments', amendmentBody({ target: 'treaty' }), 400, 'target'],
      ['POST', '/amendments', amendmentBody({ findingIds: [] }), 400, 'findingIds'],
      ['POST', '/amendments', amendmentBody({ findingIds: [MISSING] }), 422, 'findingIds'],
      ['POST', '/amendments', amendmentBody({ guidanceIds: [draft.id] }), 422, 'guidanceIds'],
      ['POST', '/amendments', amendmentBody({ target: 'law' }), 400, 'targetName'],
      ['POST', '/amendments', amendmentBody({ leadMinistry: 'x' }), 400, 'leadMinistry'],
      ['PUT', a, { version: 9, targetName: 'x' }, 409],
      ['PUT', a, { version: 1, findingIds: [] }, 400, 'findingIds'],
      ['PUT', r, { version: 2, targetName: 'x' }, 409],
      ['PUT', `/amendments/${MISSING}`, { version: 1, targetName: 'x' }, 404],
      ['DELETE', r, undefined, 409],
      ['POST', `${r}/submit`, undefined, 409],
      ['POST', `${a}/submit`, { x: 1 }, 400, 'x'],
      ['GET', `/amendments?sort=${q(['colour', 'ASC'])}`, undefined, 400, 'sort'],
      ['GET', `/amendments/${MISSING}/history`, undefined, 404],
      ['GET', '/cycles/abc', undefined, 400, 'fiscalYear'],
      ['GET', '/cycles/1999', undefined, 404],
      ['GET', `/cycles?filter=${q({ current: 'yes' })}`, undefined, 400, 'filter.current'],
      ['GET', `/trace/widget/${MISSING}`, undefined, 400, 'entityType'],
      ['GET', '/trace/guidance/not-a-uuid', undefined, 400, 'id'],
      ['GET', `/trace/guidance/${MISSING}`, undefined, 404],
      ['GET', '/public/guidance/not-a-uuid', undefined, 400, 'id'],
      ['GET', `/public/guidance/${draft.id}`, undefined, 404],
      ['GET', `/public/guidance?filter=${q({ status: 'draft' })}`, undefined, 400, 'filter.status'],
      ['GET', `/public/guidance?filter=${q({ public: false })}`, undefined, 400, 'filter.public'],
      ['GET', '/public/open-data/secrets.json', undefined, 404],
      ['GET', '/public/open-data/..%2Fguidance.json', undefined, 404],
    ];
    const wrong: string[] = [];
    for (const [method, path, body, status, field] of cases) {
      const token = path.startsWith('/guidance/export') ? auditor : analyst;
      const response = await t.request(method, path, { body, token });
      const fields = (response.body?.details ?? []).map((x: { field: string }) => x.field);
      if (response.status !== status || (field && !fields.includes(field))) {
        wrong.push(`${method} ${path} → ${response.status} ${JSON.stringify(response.body)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await t.tableCounts()).toEqual(before);
  });
});
