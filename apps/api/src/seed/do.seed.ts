import { Injectable } from '@nestjs/common';
import type { RagRating } from '@tracker/contracts';
import { todayInJapan, type Actor } from '@tracker/core';
import {
  lastCompletePeriod,
  Measure,
  MeasureContentService,
  MeasuresService,
  PlanKpi,
  PlanObjective,
  PlanVersion,
  periodsFrom,
  ProgressReportsService,
  type ReportingPeriod,
} from '@tracker/pdca';
import { DataSource } from 'typeorm';
import { MEASURES_I_II } from './do-measures-i-ii.data';
import { MEASURES_III_IV } from './do-measures-iii-iv.data';
import type { SeedMeasure } from './do-seed-measure';
import type { People } from './users.seed';

export const DEMO_MEASURES: SeedMeasure[] = [...MEASURES_I_II, ...MEASURES_III_IV];

const RATIONALE: Record<RagRating, string> = {
  green: '主要マイルストーンを予定どおり達成し、指標も計画線上にある。',
  amber_green: '概ね計画どおりだが、一部に遅れの兆しがあり注視が必要。',
  amber: '遅延または指標の未達が生じており、対応策の実施により回復可能と判断。',
  amber_red: '重大な遅延が生じており、計画の見直しを含む対応が必要。',
  red: '現行計画での達成は困難。体制・予算を含む抜本的な見直しが必要。',
};

/** How far an indicator has moved by a report: on track for green, behind for red. */
const PACE: Record<RagRating, number> = {
  green: 1,
  amber_green: 0.85,
  amber: 0.7,
  amber_red: 0.5,
  red: 0.3,
};

/** The item of `list` (oldest first) for report `i` of `n`, so the last report takes the last item. */
const fromEnd = <T>(list: T[], i: number, n: number): T => list[Math.max(0, list.length - (n - i))];

const shiftDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Measures of every ministry and category under the approved demo plan, with milestones, KPIs
 * and their quarterly reports up to the last complete quarter, written by the coordinators of
 * each lead ministry (the Cabinet Office where a ministry has no demo coordinator).
 */
@Injectable()
export class DoSeed {
  constructor(
    private readonly dataSource: DataSource,
    private readonly measures: MeasuresService,
    private readonly content: MeasureContentService,
    private readonly reports: ProgressReportsService,
  ) {}

  async run(people: People): Promise<number> {
    if (await this.dataSource.getRepository(Measure).count()) return 0;
    const plan = await this.dataSource.getRepository(PlanVersion).findOneBy({ status: 'approved' });
    if (!plan) return 0;
    const objectives = await this.dataSource
      .getRepository(PlanObjective)
      .findBy({ planVersionId: plan.id });
    const kpis = await this.dataSource.getRepository(PlanKpi).findBy({ planVersionId: plan.id });
    const objectiveId = (code: string) => objectives.find((o) => o.code === code)!.id;
    const kpiId = (code: string) => kpis.find((k) => k.code === code)!.id;
    const today = todayInJapan();
    for (const m of DEMO_MEASURES) {
      const actor =
        people.get(`coordinator.${m.lead}@demo.example`) ?? people.get('coordinator@demo.example')!;
      await this.seedMeasure(m, actor, today, objectiveId, kpiId);
    }
    return DEMO_MEASURES.length;
  }

  private async seedMeasure(
    m: SeedMeasure,
    actor: Actor,
    today: string,
    objectiveId: (code: string) => string,
    kpiId: (code: string) => string,
  ) {
    const measure = await this.measures.create(
      {
        code: m.code,
        titleJa: m.titleJa,
        titleEn: m.titleEn,
        descriptionJa: m.descriptionJa,
        descriptionEn: m.descriptionEn,
        objectiveIds: m.objectives.map(objectiveId),
        leadMinistry: m.lead,
        cooperatingMinistries: m.cooperating ?? [],
        actorType: m.actorType,
        category: m.category,
        legalNature: m.legalNature,
        budgetYen: m.budgetYen,
        startDate: m.startDate,
        dueDate: m.dueDate,
      },
      actor,
    );
    for (const { overdue, ...milestone } of m.milestones) {
      const passed = milestone.dueDate < today;
      const doneOn = passed && !overdue ? shiftDays(milestone.dueDate, -3) : undefined;
      await this.content.createMilestone({ ...milestone, measureId: measure.id, doneOn }, actor);
    }
    const measureKpis = [];
    for (const { planKpi, ...kpi } of m.kpis) {
      measureKpis.push(
        await this.content.createKpi(
          { ...kpi, measureId: measure.id, planKpiId: planKpi ? kpiId(planKpi) : undefined },
          actor,
        ),
      );
    }
    if (m.status === 'planned') return;

    await this.measures.start(measure.id, actor);
    const periods = this.reportedPeriods(m, today);
    let latest: string | undefined;
    for (const [i, period] of periods.entries()) {
      const rating = fromEnd(m.ratings, i, periods.length);
      const narrative = fromEnd(m.progress, i, periods.length);
      const report = await this.reports.submit(
        {
          measureId: measure.id,
          period: period.label,
          narrativeJa: narrative.ja,
          narrativeEn: narrative.en,
          indicatorValues: measureKpis.map((k) => ({
            measureKpiId: k.id,
            value: this.valueAt(k, period, m.startDate, rating),
          })),
          rating,
          ratingRationale: RATIONALE[rating],
          accountablePerson: m.accountable,
        },
        actor,
      );
      latest = report.id;
    }
    if (m.correction && latest) {
      const c = m.correction;
      await this.reports.correct(
        latest,
        {
          narrativeJa: c.narrativeJa,
          narrativeEn: c.narrativeEn,
          rating: c.rating,
          ratingRationale: RATIONALE[c.rating],
          accountablePerson: m.accountable,
          correctionReason: c.reason,
        },
        actor,
      );
    }
    if (m.status === 'suspended')
      await this.measures.suspend(measure.id, { reason: m.reason! }, actor);
    if (m.status === 'cancelled')
      await this.measures.cancel(measure.id, { reason: m.reason! }, actor);
    if (m.status === 'completed') {
      await this.measures.complete(measure.id, { completedOn: m.completedOn }, actor);
    }
  }

  /** Quarters from the start to the last complete one (or the completion), less a skipped last one. */
  private reportedPeriods(m: SeedMeasure, today: string): ReportingPeriod[] {
    const end = m.completedOn ? shiftDays(m.completedOn, 1) : (m.reportsUntil ?? today);
    const until = lastCompletePeriod(end < today ? end : today);
    const periods = periodsFrom(m.startDate, until);
    return m.skipLastReport ? periods.slice(0, -1) : periods;
  }

  /** The indicator's value at the end of a period: linear progress to target, slowed by a poor rating. */
  private valueAt(
    kpi: { baseline: number; target: number; targetDate: string },
    period: ReportingPeriod,
    startDate: string,
    rating: RagRating,
  ): number {
    const span = Date.parse(kpi.targetDate) - Date.parse(startDate);
    const elapsed = Math.min(1, (Date.parse(period.end) - Date.parse(startDate)) / span);
    const value = kpi.baseline + (kpi.target - kpi.baseline) * elapsed * PACE[rating];
    return Math.abs(kpi.target - kpi.baseline) >= 100
      ? Math.round(value)
      : Math.round(value * 10) / 10;
  }
}
