import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnitOfWork, type Tx } from '@tracker/audit';
import type { ProgressReportAction } from '@tracker/contracts';
import {
  BadRequestError,
  ConflictError,
  RuleViolationError,
  todayInJapan,
  type Actor,
} from '@tracker/core';
import { fetchPage, findByIdOr404, type ListRequest, type Page } from '@tracker/database';
import type { DataSource } from 'typeorm';
import { progressReportList } from './do.lists';
import { MeasureKpi } from './measure-kpi.entity';
import { assertMinistryScope } from './measure-scope';
import { Measure } from './measure.entity';
import { assertMeasureReportable } from './measure.status';
import type { CorrectProgressReportDto, SubmitProgressReportDto } from './progress-report.dto';
import { ProgressReport } from './progress-report.entity';
import { progressReportActions, progressReportStatus } from './progress-report.status';
import { parsePeriod, type ReportingPeriod } from './reporting-period';

export type ProgressReportView = ProgressReport & { actions: ProgressReportAction[] };

const view = (r: ProgressReport): ProgressReportView => ({
  ...r,
  actions: progressReportActions(r.status),
});

type ReportContent = Omit<SubmitProgressReportDto, 'measureId' | 'period'>;

/**
 * Quarterly progress reports. Submitting is the only way in and a report never changes after:
 * a correction supersedes it with a new one, so the rating history is dated and complete.
 * Reports come from the measure's lead ministry (or the coordinating ministry).
 */
@Injectable()
export class ProgressReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  async list(request: ListRequest): Promise<Page<ProgressReportView>> {
    const qb = this.dataSource.getRepository(ProgressReport).createQueryBuilder('r');
    return (await fetchPage(qb, progressReportList, request)).map(view);
  }

  async get(id: string): Promise<ProgressReportView> {
    return view(await findByIdOr404(this.dataSource, ProgressReport, id));
  }

  submit(dto: SubmitProgressReportDto, actor: Actor): Promise<ProgressReportView> {
    return this.uow.run(actor, async (tx) => {
      // Locking the measure serialises reports on it (and its transitions).
      const measure = await tx.ref(Measure, dto.measureId, 'measureId', 'update');
      assertMinistryScope(actor, measure.leadMinistry, `report on measure ${measure.code}`);
      const period = this.checkPeriod(measure, dto.period);
      const current = await tx.em.findOne(ProgressReport, {
        where: { measureId: measure.id, periodStart: period.start, status: 'submitted' },
      });
      if (current) {
        throw new ConflictError(
          `Measure ${measure.code} already has a report for ${period.label}; correct that report instead`,
          'report_exists',
          { currentReportId: current.id },
        );
      }
      const { measureId: _m, period: _p, ...content } = dto;
      const report = await this.write(tx, measure, period, content);
      return view(await tx.insert(report, 'submit'));
    });
  }

  /** Supersedes a current report with a corrected one for the same measure and period. */
  correct(id: string, dto: CorrectProgressReportDto, actor: Actor): Promise<ProgressReportView> {
    return this.uow.run(actor, async (tx) => {
      // The measure first, as in submit: writes of reports on one measure queue on its row.
      const { measureId } = await tx.get(ProgressReport, id);
      const measure = await tx.get(Measure, measureId, 'update');
      const original = await tx.lock(ProgressReport, id);
      assertMinistryScope(
        actor,
        measure.leadMinistry,
        `correct reports on measure ${measure.code}`,
      );
      const status = progressReportStatus.next(original.status, 'correct');
      const { correctionReason, ...content } = dto;
      const period = parsePeriod(original.period)!;
      const correction = await this.write(tx, measure, period, content);
      Object.assign(correction, { id: randomUUID(), supersedesId: original.id, correctionReason });
      Object.assign(original, { status, supersededById: correction.id, supersededAt: new Date() });
      await tx.save(original, 'correct');
      return view(await tx.insert(correction, 'submit'));
    });
  }

  /** A new report, checked against the measure: its state and the KPIs the values are for. */
  private async write(
    tx: Tx,
    measure: Measure,
    period: ReportingPeriod,
    content: ReportContent,
  ): Promise<ProgressReport> {
    assertMeasureReportable(measure.status);
    const values = content.indicatorValues ?? [];
    const kpis = await tx.em.find(MeasureKpi, { where: { measureId: measure.id } });
    const seen = new Set<string>();
    values.forEach((v, i) => {
      if (!kpis.some((k) => k.id === v.measureKpiId)) {
        throw new RuleViolationError(
          `${v.measureKpiId} is not a KPI of measure ${measure.code}`,
          'reference_not_found',
          `indicatorValues.${i}.measureKpiId`,
        );
      }
      if (seen.has(v.measureKpiId)) {
        throw new BadRequestError('Invalid indicator values', [
          { field: `indicatorValues.${i}.measureKpiId`, message: 'each KPI is reported once' },
        ]);
      }
      seen.add(v.measureKpiId);
    });
    return tx.em.create(ProgressReport, {
      ...content,
      narrativeEn: content.narrativeEn ?? null,
      indicatorValues: values.map((v) => ({ measureKpiId: v.measureKpiId, value: v.value })),
      measureId: measure.id,
      period: period.label,
      periodStart: period.start,
      periodEnd: period.end,
      status: 'submitted',
    });
  }

  /** A period can be reported once it has begun, and not before the measure's start. */
  private checkPeriod(measure: Measure, label: string): ReportingPeriod {
    const period = parsePeriod(label)!;
    if (period.start > todayInJapan()) {
      throw new RuleViolationError(
        `${label} has not begun; report on it from ${period.start}`,
        'period_not_begun',
        'period',
      );
    }
    if (period.end < measure.startDate) {
      throw new RuleViolationError(
        `${label} ended before measure ${measure.code} started (${measure.startDate})`,
        'period_before_start',
        'period',
      );
    }
    return period;
  }
}
