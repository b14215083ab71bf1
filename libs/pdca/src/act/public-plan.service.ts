import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundError } from '@tracker/core';
import type { DataSource } from 'typeorm';
import { MeasureKpi } from '../do/measure-kpi.entity';
import { measureViews } from '../do/measure-views';
import { Measure } from '../do/measure.entity';
import { PlanKpi } from '../plan/plan-kpi.entity';
import { PlanObjective } from '../plan/plan-objective.entity';
import { PlanVersion } from '../plan/plan-version.entity';
import { PublicCache } from './public-cache';

const pick = <T extends object, K extends keyof T>(record: T, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, record[k]])) as Pick<T, K>;

const PLAN = [
  'id',
  'number',
  'titleJa',
  'titleEn',
  'summaryJa',
  'summaryEn',
  'fiscalYearFrom',
  'fiscalYearTo',
  'cabinetDecisionDate',
  'cabinetDecisionNumber',
] as const;
const OBJECTIVE = [
  'id',
  'code',
  'principle',
  'titleJa',
  'titleEn',
  'descriptionJa',
  'descriptionEn',
] as const;
const KPI = [
  'id',
  'code',
  'indicatorJa',
  'indicatorEn',
  'baseline',
  'baselineDate',
  'target',
  'unit',
  'targetDate',
] as const;
/** What the public sees of a measure (its CSV columns, too). */
export const PUBLIC_MEASURE_FIELDS = [
  'id',
  'code',
  'titleJa',
  'titleEn',
  'descriptionJa',
  'descriptionEn',
  'leadMinistry',
  'cooperatingMinistries',
  'category',
  'actorType',
  'legalNature',
  'budgetYen',
  'startDate',
  'dueDate',
  'status',
] as const;
const MEASURE_KPI = [
  'indicatorJa',
  'indicatorEn',
  'baseline',
  'target',
  'unit',
  'targetDate',
] as const;

/**
 * The Basic Plan in force as the public sees it: its objectives and KPIs, and its measures'
 * progress (status, latest rating, lateness, latest indicator values). An allow-list: ratings'
 * rationales, accountable officials, reasons for suspension and the like stay internal.
 */
@Injectable()
export class PublicPlanService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: PublicCache,
  ) {}

  plan() {
    return this.cache.remember('plan', () => this.compute());
  }

  private async compute() {
    const version = await this.dataSource
      .getRepository(PlanVersion)
      .findOneBy({ status: 'approved' });
    if (!version) throw new NotFoundError('approved Basic Plan', 'current');
    const objectives = await this.dataSource
      .getRepository(PlanObjective)
      .find({ where: { planVersionId: version.id }, order: { position: 'ASC', code: 'ASC' } });
    const kpis = await this.dataSource
      .getRepository(PlanKpi)
      .find({ where: { planVersionId: version.id }, order: { code: 'ASC' } });
    const links: { measure_id: string; objective_id: string }[] = await this.dataSource.query(
      `SELECT measure_id, objective_id FROM measure_objective WHERE plan_version_id = $1`,
      [version.id],
    );
    const measureIds = [...new Set(links.map((l) => l.measure_id))];
    const measures = measureIds.length
      ? await this.dataSource
          .getRepository(Measure)
          .createQueryBuilder('m')
          .where('m.id = ANY(:ids)', { ids: measureIds })
          .orderBy('m.code', 'ASC')
          .getMany()
      : [];
    const views = await measureViews(this.dataSource.manager, measures);
    const measureKpis = measureIds.length
      ? await this.dataSource
          .getRepository(MeasureKpi)
          .createQueryBuilder('k')
          .where('k.measure_id = ANY(:ids)', { ids: measureIds })
          .orderBy('k.created_at', 'ASC')
          .getMany()
      : [];
    const latest = await this.latestValues(measureIds);
    return {
      ...pick(version, PLAN),
      objectives: objectives.map((o) => ({
        ...pick(o, OBJECTIVE),
        kpis: kpis.filter((k) => k.objectiveId === o.id).map((k) => pick(k, KPI)),
        measureIds: links.filter((l) => l.objective_id === o.id).map((l) => l.measure_id),
      })),
      measures: views.map((m) => ({
        ...pick(m, PUBLIC_MEASURE_FIELDS),
        currentRating: m.currentRating,
        currentRatingPeriod: m.currentRatingPeriod,
        late: m.late,
        objectiveIds: links.filter((l) => l.measure_id === m.id).map((l) => l.objective_id),
        kpis: measureKpis
          .filter((k) => k.measureId === m.id)
          .map((k) => ({
            ...pick(k, MEASURE_KPI),
            planKpiId: kpis.some((p) => p.id === k.planKpiId) ? k.planKpiId : null,
            latestValue: latest.get(k.id)?.value ?? null,
            latestPeriod: latest.get(k.id)?.period ?? null,
          })),
      })),
    };
  }

  /** The latest reported value of each measure KPI, from the current progress reports. */
  private async latestValues(measureIds: string[]) {
    if (!measureIds.length) return new Map<string, { value: number; period: string }>();
    const rows: { period: string; indicator_values: { measureKpiId: string; value: number }[] }[] =
      await this.dataSource.query(
        `SELECT period, indicator_values FROM progress_report
          WHERE status = 'submitted' AND measure_id = ANY($1::uuid[]) ORDER BY period_start ASC`,
        [measureIds],
      );
    const latest = new Map<string, { value: number; period: string }>();
    for (const row of rows) {
      for (const v of row.indicator_values)
        latest.set(v.measureKpiId, { value: v.value, period: row.period });
    }
    return latest;
  }
}
