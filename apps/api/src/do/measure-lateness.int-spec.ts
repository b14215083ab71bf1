import { randomUUID } from 'node:crypto';
import { MEASURE_STATUSES } from '@tracker/contracts';
import { todayInJapan } from '@tracker/core';
import {
  lastCompletePeriod,
  lateReasons,
  nextPeriod,
  periodOf,
  previousPeriod,
  type LatenessFacts,
} from '@tracker/pdca';
import {
  approvedPlan,
  coordinatorOf,
  measureBody,
  milestoneBody,
  reportBody,
  type ApprovedPlan,
} from '../../../../test/do-fixtures';
import { TestApp } from '../../../../test/test-app';

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('measure lateness: derived in SQL, the same as the pure rule (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let plan: ApprovedPlan;
  let meti: string;
  const today = todayInJapan();
  const last = lastCompletePeriod(today);

  beforeAll(async () => {
    t = await TestApp.start();
    plan = await approvedPlan(t);
    meti = await coordinatorOf(t, 'meti');
  });
  afterAll(() => t.stop());

  const lateIds = async (late: boolean) =>
    (await t.get(`/measures?filter={"late":${late}}&range=[0,499]`, meti)).body.map(
      (m: any) => m.id,
    );

  it('flags and filters a measure with an overdue milestone or an unreported quarter', async () => {
    const create = async (code: string) => {
      const m = await t.post(
        '/measures',
        measureBody([plan.objectives[0].id], { code, startDate: previousPeriod(last).start }),
        meti,
      );
      await t.post(`/measures/${m.body.id}/start`, {}, meti);
      return m.body;
    };
    const onTime = await create('M-ON-TIME');
    await t.post('/progress-reports', reportBody(onTime.id, last.label), meti);
    const unreported = await create('M-UNREPORTED');
    const overdue = await create('M-OVERDUE');
    await t.post('/progress-reports', reportBody(overdue.id, last.label), meti);
    const milestone = await t.post(
      '/measure-milestones',
      milestoneBody(overdue.id, { dueDate: addDays(today, -1) }),
      meti,
    );

    const view = async (id: string) => (await t.get(`/measures/${id}`, meti)).body;
    expect(await view(onTime.id)).toMatchObject({ late: false, lateReasons: [] });
    expect(await view(unreported.id)).toMatchObject({
      late: true,
      lateReasons: [{ kind: 'report_missing', period: last.label }],
    });
    expect(await view(overdue.id)).toMatchObject({
      late: true,
      lateReasons: [
        { kind: 'milestone_overdue', milestoneId: milestone.body.id, dueDate: addDays(today, -1) },
      ],
    });
    expect(await lateIds(true)).toEqual(expect.arrayContaining([unreported.id, overdue.id]));
    expect(await lateIds(true)).not.toContain(onTime.id);
    expect(await lateIds(false)).toContain(onTime.id);

    // Doing the milestone and reporting the quarter put them back on time.
    await t.put(
      `/measure-milestones/${milestone.body.id}`,
      { version: milestone.body.version, doneOn: today },
      meti,
    );
    await t.post('/progress-reports', reportBody(unreported.id, last.label), meti);
    expect(await lateIds(true)).not.toEqual(expect.arrayContaining([unreported.id]));
    expect((await view(overdue.id)).late).toBe(false);
    const list = await t.get(
      `/measure-milestones?filter={"measureId":"${overdue.id}","done":true}`,
      meti,
    );
    expect(list.body.map((m: any) => m.id)).toEqual([milestone.body.id]);
  });

  it('agrees with the pure rule on every combination of status, start, milestones and reports', async () => {
    // Built in SQL so that combinations the API would never produce are covered too.
    const starts = [previousPeriod(last).start, last.end, addDays(last.end, 1)];
    const milestoneCases: [string, string | null][][] = [
      [],
      [[addDays(today, -1), null]],
      [[addDays(today, -30), addDays(today, -31)]],
      [[today, null]],
      [
        [addDays(today, 1), null],
        [addDays(today, -2), null],
        [addDays(today, -2), null],
      ],
    ];
    const reportCases: [string, string, string][][] = [
      [],
      [[last.label, last.start, 'submitted']],
      [[previousPeriod(last).label, previousPeriod(last).start, 'submitted']],
      [[last.label, last.start, 'superseded']],
      [[periodOf(today).label, nextPeriod(last).start, 'submitted']],
    ];
    let n = 0;
    for (const status of MEASURE_STATUSES) {
      for (const start of starts) {
        for (const milestones of milestoneCases) {
          for (const reports of reportCases) {
            const id = randomUUID();
            await t.sql(
              `INSERT INTO measure (id, code, title_ja, title_en, lead_ministry, actor_type, category,
                 legal_nature, start_date, due_date, status)
               VALUES ($1, $2, '格子', 'Grid', 'meti', 'businesses', 'rd_promotion', 'voluntary', $3, '2030-03-31', $4)`,
              [id, `GRID-${n++}`, start, status],
            );
            for (const [due, done] of milestones) {
              await t.sql(
                `INSERT INTO measure_milestone (measure_id, title_ja, title_en, due_date, done_on)
                 VALUES ($1, 'm', 'm', $2, $3)`,
                [id, due, done],
              );
            }
            for (const [period, periodStart, reportStatus] of reports) {
              await t.sql(
                `INSERT INTO progress_report (measure_id, period, period_start, period_end, narrative_ja,
                   rating, rating_rationale, accountable_person, status)
                 VALUES ($1, $2, $3, $3, 'n', 'green', 'r', 'p', $4)`,
                [id, period, periodStart, reportStatus],
              );
            }
          }
        }
      }
    }

    const facts = new Map<string, LatenessFacts>();
    for (const m of await t.sql(
      `SELECT id, status, to_char(start_date, 'YYYY-MM-DD') AS start FROM measure`,
    )) {
      facts.set(m.id, {
        status: m.status,
        startDate: m.start,
        milestones: [],
        reportedPeriods: [],
      });
    }
    for (const ms of await t.sql(
      `SELECT id, measure_id, to_char(due_date, 'YYYY-MM-DD') AS due, to_char(done_on, 'YYYY-MM-DD') AS done FROM measure_milestone`,
    )) {
      (facts.get(ms.measure_id)!.milestones as any[]).push({
        id: ms.id,
        dueDate: ms.due,
        doneOn: ms.done,
      });
    }
    for (const r of await t.sql(
      `SELECT measure_id, period FROM progress_report WHERE status = 'submitted'`,
    )) {
      (facts.get(r.measure_id)!.reportedPeriods as string[]).push(r.period);
    }

    const api = new Map<string, any>();
    for (let start = 0; start < facts.size; start += 500) {
      const page = await t.get(`/measures?range=[${start},${start + 499}]`, meti);
      for (const m of page.body) api.set(m.id, m);
    }
    expect(api.size).toBe(facts.size);
    const expectedLate = new Set<string>();
    let late = 0;
    for (const [id, f] of facts) {
      const reasons = lateReasons(f, today);
      if (reasons.length) expectedLate.add(id);
      expect({ id, lateReasons: api.get(id).lateReasons }).toEqual({ id, lateReasons: reasons });
      expect(api.get(id).late).toBe(reasons.length > 0);
      late += reasons.length ? 1 : 0;
    }
    const filteredLate = new Set<string>();
    for (let start = 0; start < facts.size; start += 500) {
      const page = await t.get(
        `/measures?filter={"late":true}&range=[${start},${start + 499}]`,
        meti,
      );
      for (const m of page.body) filteredLate.add(m.id);
    }
    expect([...filteredLate].sort()).toEqual([...expectedLate].sort());
    expect((await lateIds(false)).filter((id: string) => expectedLate.has(id))).toEqual([]);
    // The grid really exercises both outcomes and both kinds of reason.
    expect(late).toBeGreaterThan(50);
    expect(facts.size - late).toBeGreaterThan(50);
  });
});
