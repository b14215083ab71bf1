import { NestFactory } from '@nestjs/core';
import { TestApp } from '../../../../test/test-app';
import { SeedModule } from './seed.module';
import { Seeder } from './seeder';

describe('demo data of the Act stage: one complete cycle (written through the services)', () => {
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
  }, 90_000);
  afterAll(() => t.stop());

  it('closes the cycle: Basic Plan version 2 was opened by the approved amendment and waits for the reviewers', async () => {
    const reviewer = await tokenOf('reviewer@demo.example');
    const [amendment] = (await t.get('/amendments?filter={"target":"basic_plan"}', reviewer)).body;
    expect(amendment).toMatchObject({ status: 'approved' });
    const v2 = (await t.get(`/plan-versions/${amendment.openedPlanVersionId}`, reviewer)).body;
    expect(v2).toMatchObject({ number: 2, status: 'proposed', amendmentId: amendment.id });
    const inbox = (await t.get('/review-tasks/inbox', reviewer)).body;
    expect(inbox.map((task: any) => task.subjectId)).toContain(v2.id);
    const metiInbox = (
      await t.get('/review-tasks/inbox', await tokenOf('reviewer.meti@demo.example'))
    ).body;
    expect(metiInbox.map((task: any) => task.subjectType)).toContain('amendment');

    const trace = (await t.get(`/trace/amendment/${amendment.id}`, reviewer)).body;
    const types = new Set(trace.nodes.map((n: any) => n.type));
    for (const type of [
      'incident',
      'investigation',
      'finding',
      'guidance',
      'plan_version',
      'measure',
    ]) {
      expect(types).toContain(type);
    }
  });

  it('has guidance with a revision, follow-up due, a named addressee, and public pages to show', async () => {
    const analyst = await tokenOf('analyst@demo.example');
    const all = (await t.get('/guidance?range=[0,99]', analyst)).body;
    expect(new Set(all.map((g: any) => g.status))).toEqual(new Set(['issued', 'superseded']));
    const revised = all.find((g: any) => g.versionNumber === 2);
    const versions = (await t.get(`/guidance/${revised.id}/versions`, analyst)).body;
    expect(versions.map((v: any) => v.status)).toEqual(['superseded', 'issued']);
    expect(all.some((g: any) => g.followUpDue)).toBe(true);
    expect(all.some((g: any) => !g.public && g.acknowledgedOn)).toBe(true);
    const published = await t.get('/public/guidance');
    expect(published.body.length).toBe(3);
    expect((await t.get('/public/plan')).body.measures.length).toBeGreaterThan(10);
    const stats = (await t.get('/public/incident-statistics')).body;
    expect(stats.total).toBeGreaterThanOrEqual(3);
  });
});
