import { create, incidentBody } from '../../../../test/check-fixtures';
import { TestApp } from '../../../../test/test-app';

describe('public answers are reused for PUBLIC_CACHE_SECONDS', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ publicCacheSeconds: 60 });
  });
  afterAll(() => t.stop());

  it('serves the incident statistics it computed, not a fresh count on every call', async () => {
    const first = await t.get('/public/incident-statistics');
    expect(first.status).toBe(200);
    expect(first.body.total).toBeNull(); // no incidents: below the publication threshold
    const analyst = await t.tokenOf('analyst');
    for (let i = 0; i < 3; i++) {
      await create(t, '/incidents', incidentBody({ confidentiality: 'public' }), analyst);
    }
    expect((await t.get('/public/incident-statistics')).body).toEqual(first.body);
  });
});
