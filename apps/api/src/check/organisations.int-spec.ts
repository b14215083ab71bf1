import { TestApp } from '../../../../test/test-app';
import { create, organisationBody } from '../../../../test/check-fixtures';

const q = (filter: object) => encodeURIComponent(JSON.stringify(filter));

describe('organisations (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let analyst: string;

  beforeAll(async () => {
    t = await TestApp.start();
    analyst = await t.tokenOf('analyst');
  });
  afterAll(() => t.stop());

  it('creates, edits, lists by type and origin, and deletes an unused organisation with its history kept', async () => {
    const foreign = await create(
      t,
      '/organisations',
      organisationBody({
        nameJa: undefined,
        nameEn: 'Overseas Models Ltd.',
        type: 'foreign_developer',
        domestic: false,
        country: 'GB',
        size: 'large',
      }),
      analyst,
    );
    expect(foreign).toMatchObject({
      nameJa: null,
      country: 'GB',
      openRequestCount: 0,
      requestsLast12Months: 0,
    });
    const city = await create(
      t,
      '/organisations',
      organisationBody({
        nameJa: '南海市',
        nameEn: undefined,
        type: 'local_government',
        sector: 'public_administration',
        size: undefined,
      }),
      analyst,
    );
    const edited = await t.put(
      `/organisations/${city.id}`,
      { version: city.version, nameEn: 'Nankai City' },
      analyst,
    );
    expect(edited.body).toMatchObject({ nameEn: 'Nankai City', version: city.version + 1 });
    const stale = await t.put(
      `/organisations/${city.id}`,
      { version: city.version, nameEn: 'Lost' },
      analyst,
    );
    expect(stale.status).toBe(409);

    const ids = async (filter: object) =>
      (await t.get(`/organisations?filter=${q(filter)}`, analyst)).body.map((o: any) => o.id);
    expect(await ids({ domestic: false })).toEqual([foreign.id]);
    expect(await ids({ type: 'local_government', q: '南海' })).toEqual([city.id]);
    expect(await ids({ country: 'GB', hasOpenRequests: false })).toEqual([foreign.id]);
    expect(await ids({ hasOpenRequests: true })).toEqual([]);

    const removed = await t.delete(`/organisations/${foreign.id}`, analyst);
    expect(removed.status).toBe(200);
    expect(removed.body.id).toBe(foreign.id);
    expect((await t.get(`/organisations/${foreign.id}`, analyst)).status).toBe(404);
    const history = await t.get(`/organisations/${city.id}/history`, analyst);
    expect(history.body.map((e: any) => e.action)).toEqual([
      'organisation.create',
      'organisation.update',
    ]);
    expect(history.body[1].after).toEqual({ nameEn: 'Nankai City' });
  });
});
