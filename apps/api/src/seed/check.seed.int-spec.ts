import { NestFactory } from '@nestjs/core';
import { INCIDENT_STATUSES, CONFIDENTIALITY_LEVELS } from '@tracker/contracts';
import { TestApp } from '../../../../test/test-app';
import { SeedModule } from './seed.module';
import { Seeder } from './seeder';

describe('demo data of the Check stage (written through the services)', () => {
  let t: TestApp;
  const tokenOf = async (email: string) =>
    (await t.login(email, t.config.demoPassword)).body.accessToken as string;

  beforeAll(async () => {
    t = await TestApp.start();
    const context = await NestFactory.createApplicationContext(SeedModule.forRoot(t.config), {
      logger: false,
    });
    try {
      await context.get(Seeder).run();
      const once = await t.tableCounts();
      await context.get(Seeder).run();
      expect(await t.tableCounts()).toEqual(once);
    } finally {
      await context.close();
    }
  }, 60_000);
  afterAll(() => t.stop());

  it('covers every incident status and confidentiality level, and every investigation stage', async () => {
    const rows = await t.sql(`SELECT DISTINCT status, confidentiality FROM incident`);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(INCIDENT_STATUSES));
    expect(new Set(rows.map((r) => r.confidentiality))).toEqual(new Set(CONFIDENTIALITY_LEVELS));
    const stages = await t.sql(`SELECT DISTINCT status FROM investigation`);
    expect(stages.map((r) => r.status).sort()).toEqual([
      'analysis',
      'concluded',
      'gathering_information',
    ]);
    const [requests] = await t.sql(
      `SELECT count(*) FILTER (WHERE response_trade_secret)::int AS secret,
              count(*) FILTER (WHERE status = 'open' AND due_date < (now() AT TIME ZONE 'Asia/Tokyo')::date)::int AS overdue,
              count(*) FILTER (WHERE cooperation_status = 'declined')::int AS declined
         FROM information_request`,
    );
    expect(requests.secret).toBeGreaterThan(0);
    expect(requests.overdue).toBeGreaterThan(0);
    expect(requests.declined).toBeGreaterThan(0);
    const audited = await t.sql(
      `SELECT count(*)::int AS n FROM incident i WHERE NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.entity_id = i.id::text)`,
    );
    expect(audited[0].n).toBe(0);
  });

  it('shows analyst.mic (internal clearance) the redacted version', async () => {
    const mic = await tokenOf('analyst.mic@demo.example');
    const meti = await tokenOf('analyst@demo.example');
    const all = await t.get('/incidents?range=[0,99]', meti);
    const theirs = await t.get('/incidents?range=[0,99]', mic);
    expect(theirs.body.length).toBe(all.body.length - 1);
    const leak = theirs.body.find((i: any) => i.titleEn?.includes('chatbot'));
    expect(leak).toMatchObject({ businessStatement: null, organisationIds: null });
    const secret = await t.get('/information-requests?filter={"responseTradeSecret":true}', mic);
    expect(secret.body[0]).toMatchObject({ responseText: null, redactedFields: ['responseText'] });
    const found = await t.get(`/incidents?filter=${encodeURIComponent('{"q":"深層偽造"}')}`, mic);
    expect(found.body.map((i: any) => i.status)).toEqual(['under_investigation']);
  });

  it('has an organisation one request short of the burden threshold', async () => {
    const meti = await tokenOf('analyst@demo.example');
    const [solaris] = (
      await t.get(`/organisations?filter=${encodeURIComponent('{"q":"Solaris"}')}`, meti)
    ).body;
    const detail = (await t.get(`/organisations/${solaris.id}`, meti)).body;
    expect(detail.openRequestCount).toBe(t.config.burden.openRequests - 1);
    const investigationId = detail.openRequests[0].investigationId;
    const ask = () =>
      t.post(
        '/information-requests',
        {
          investigationId,
          organisationId: solaris.id,
          subject: '追加確認',
          questions: '追加の確認事項',
          dueDate: '2099-01-01',
        },
        meti,
      );
    expect((await ask()).status).toBe(201);
    const burdened = await ask();
    expect(burdened.status).toBe(422);
    expect(burdened.body.code).toBe('burden_justification_required');
  });
});
