import { TestApp } from '../../../../test/test-app';
import { create, findingBody, openInvestigation as open } from '../../../../test/check-fixtures';

describe('findings (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let analyst: string;
  let reviewer: string;

  beforeAll(async () => {
    t = await TestApp.start();
    analyst = await t.tokenOf('analyst');
    reviewer = await t.tokenOf('reviewer');
  });
  afterAll(() => t.stop());

  const openInvestigation = (incidentIds?: string[]) => open(t, analyst, incidentIds);

  it('runs findings draft → in_review → returned → in_review → accepted; referrals name a ministry', async () => {
    const investigation = await openInvestigation();
    const noMinistry = await t.post(
      '/findings',
      findingBody(investigation.id, { recommendedAction: 'ministry_referral' }),
      analyst,
    );
    expect(noMinistry.status).toBe(400);
    expect(noMinistry.body.details[0].field).toBe('referralMinistry');
    const stray = await t.post(
      '/findings',
      findingBody(investigation.id, { referralMinistry: 'ppc' }),
      analyst,
    );
    expect(stray.status).toBe(400);

    const finding = await create(
      t,
      '/findings',
      findingBody(investigation.id, {
        recommendedAction: 'ministry_referral',
        referralMinistry: 'ppc',
      }),
      analyst,
    );
    expect((await t.post(`/findings/${finding.id}/accept`, {}, reviewer)).status).toBe(409);
    await t.post(`/findings/${finding.id}/submit`, {}, analyst);
    const locked = await t.put(
      `/findings/${finding.id}`,
      { version: finding.version + 1, riskLevel: 'high' },
      analyst,
    );
    expect(locked.status).toBe(409);
    expect((await t.post(`/findings/${finding.id}/return`, {}, reviewer)).status).toBe(400);
    const returned = await t.post(
      `/findings/${finding.id}/return`,
      { note: '根拠を追加してください' },
      reviewer,
    );
    expect(returned.body).toMatchObject({ status: 'returned', actions: ['submit'] });
    const edited = await t.put(
      `/findings/${finding.id}`,
      { version: returned.body.version, evidence: ['回答書', '報道記事'] },
      analyst,
    );
    expect(edited.status).toBe(200);
    await t.post(`/findings/${finding.id}/submit`, {}, analyst);
    expect((await t.post(`/findings/${finding.id}/accept`, {}, reviewer)).body.status).toBe(
      'accepted',
    );
    expect((await t.delete(`/findings/${finding.id}`, analyst)).status).toBe(409);

    const draft = await create(t, '/findings', findingBody(investigation.id), analyst);
    const removed = await t.delete(`/findings/${draft.id}`, analyst);
    expect(removed.status).toBe(200);
    expect(removed.body.id).toBe(draft.id);
    expect(
      (await t.get(`/findings/${draft.id}/history`, analyst)).body.map((e: any) => e.action),
    ).toEqual(['finding.create', 'finding.delete']);
  });
});
