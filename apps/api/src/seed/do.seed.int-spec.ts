import { NestFactory } from '@nestjs/core';
import {
  MEASURE_CATEGORY_CODES,
  MEASURE_STATUSES,
  MINISTRY_CODES,
  RAG_RATINGS,
} from '@tracker/contracts';
import { TestApp } from '../../../../test/test-app';
import { SeedModule } from './seed.module';
import { Seeder } from './seeder';

describe('demo data of the Do stage (written through the services)', () => {
  let t: TestApp;
  let measures: any[];

  const seed = async () => {
    const context = await NestFactory.createApplicationContext(SeedModule.forRoot(t.config), {
      logger: false,
    });
    try {
      await context.get(Seeder).run();
    } finally {
      await context.close();
    }
  };

  beforeAll(async () => {
    t = await TestApp.start();
    await seed();
    measures = (await t.get('/measures?range=[0,499]', await t.tokenOf('auditor'))).body;
  });
  afterAll(() => t.stop());

  it('covers every ministry, category, status and rating, with some measures late', () => {
    const all = (key: string) => new Set(measures.map((m) => m[key]));
    expect(all('leadMinistry')).toEqual(new Set(MINISTRY_CODES));
    expect(all('category')).toEqual(new Set(MEASURE_CATEGORY_CODES));
    expect(all('status')).toEqual(new Set(MEASURE_STATUSES));
    expect(all('currentRating')).toEqual(new Set([...RAG_RATINGS, null]));
    const reasons = new Set(measures.flatMap((m) => m.lateReasons.map((r: any) => r.kind)));
    expect(reasons).toEqual(new Set(['milestone_overdue', 'report_missing']));
  });

  it('was written by the coordinators of each lead ministry, with reports and a correction', async () => {
    const [{ actors }] = await t.sql(
      `SELECT array_agg(DISTINCT actor_label ORDER BY actor_label) AS actors
         FROM audit_event WHERE action = 'measure.create'`,
    );
    expect(actors).toEqual(
      expect.arrayContaining(['coordinator.meti@demo.example', 'coordinator@demo.example']),
    );
    const [counts] = await t.sql(
      `SELECT count(*)::int AS reports, count(*) FILTER (WHERE status = 'superseded')::int AS superseded,
              count(DISTINCT period)::int AS periods FROM progress_report`,
    );
    expect(counts.reports).toBeGreaterThan(50);
    expect(counts.superseded).toBeGreaterThan(0);
    expect(counts.periods).toBeGreaterThanOrEqual(4);
  });

  it('carries the open measures into the draft amendment, and seeds only once', async () => {
    const token = await t.tokenOf('coordinator');
    // The amendment: a draft, or proposed once the review seed has sent it to the reviewers.
    const [draft] = (await t.get('/plan-versions?sort=["number","DESC"]&range=[0,0]', token)).body;
    expect(draft.basedOnId).toEqual(expect.any(String));
    const inDraft = (
      await t.get(`/measures?filter={"planVersionId":"${draft.id}"}&range=[0,499]`, token)
    ).body;
    const open = measures.filter((m) => ['planned', 'in_progress', 'suspended'].includes(m.status));
    expect(inDraft.map((m: any) => m.id).sort()).toEqual(open.map((m) => m.id).sort());

    const before = await t.tableCounts();
    await seed();
    expect(await t.tableCounts()).toEqual(before);
  });
});
