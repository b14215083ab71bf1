import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnitOfWork, type Tx } from '@tracker/audit';
import { ConflictError, RuleViolationError, type Actor } from '@tracker/core';
import { fetchPage, findByIdOr404, type ListRequest, type Page } from '@tracker/database';
import type { DataSource } from 'typeorm';
import { PlanKpi } from '../plan/plan-kpi.entity';
import { measureKpiList, measureMilestoneList } from './do.lists';
import type {
  CreateMeasureKpiDto,
  CreateMeasureMilestoneDto,
  UpdateMeasureKpiDto,
  UpdateMeasureMilestoneDto,
} from './measure-content.dto';
import { MeasureKpi } from './measure-kpi.entity';
import { MeasureMilestone } from './measure-milestone.entity';
import { assertMinistryScope } from './measure-scope';
import { Measure } from './measure.entity';
import { assertMeasureEditable } from './measure.status';

/**
 * Milestones and KPIs of a measure. They change with the measure: by its lead ministry (or the
 * coordinating ministry), and only while it has not ended.
 */
@Injectable()
export class MeasureContentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  listMilestones(request: ListRequest): Promise<Page<MeasureMilestone>> {
    const qb = this.dataSource.getRepository(MeasureMilestone).createQueryBuilder('ms');
    return fetchPage(qb, measureMilestoneList, request);
  }

  listKpis(request: ListRequest): Promise<Page<MeasureKpi>> {
    const qb = this.dataSource.getRepository(MeasureKpi).createQueryBuilder('mk');
    return fetchPage(qb, measureKpiList, request);
  }

  getMilestone(id: string): Promise<MeasureMilestone> {
    return findByIdOr404(this.dataSource, MeasureMilestone, id, 'measure milestone');
  }

  getKpi(id: string): Promise<MeasureKpi> {
    return findByIdOr404(this.dataSource, MeasureKpi, id, 'measure KPI');
  }

  createMilestone(dto: CreateMeasureMilestoneDto, actor: Actor): Promise<MeasureMilestone> {
    return this.uow.run(actor, async (tx) => {
      await this.editableMeasure(tx, actor, dto.measureId, 'measureId');
      return tx.insert(tx.em.create(MeasureMilestone, dto));
    });
  }

  updateMilestone(
    id: string,
    dto: UpdateMeasureMilestoneDto,
    actor: Actor,
  ): Promise<MeasureMilestone> {
    return this.uow.run(actor, async (tx) => {
      const milestone = await tx.lock(MeasureMilestone, id, dto.version);
      await this.editableMeasure(tx, actor, milestone.measureId);
      const { version: _read, ...changes } = dto;
      return tx.save(Object.assign(milestone, changes));
    });
  }

  removeMilestone(id: string, actor: Actor): Promise<void> {
    return this.uow.run(actor, async (tx) => {
      const milestone = await tx.lock(MeasureMilestone, id);
      await this.editableMeasure(tx, actor, milestone.measureId);
      await tx.remove(milestone);
    });
  }

  createKpi(dto: CreateMeasureKpiDto, actor: Actor): Promise<MeasureKpi> {
    return this.uow.run(actor, async (tx) => {
      await this.editableMeasure(tx, actor, dto.measureId, 'measureId');
      const kpi = tx.em.create(MeasureKpi, { ...dto, planKpiId: null, planKpiLineageId: null });
      await this.linkPlanKpi(tx, kpi, dto.planKpiId);
      return tx.insert(kpi);
    });
  }

  updateKpi(id: string, dto: UpdateMeasureKpiDto, actor: Actor): Promise<MeasureKpi> {
    return this.uow.run(actor, async (tx) => {
      const kpi = await tx.lock(MeasureKpi, id, dto.version);
      await this.editableMeasure(tx, actor, kpi.measureId);
      const { version: _read, planKpiId, ...changes } = dto;
      Object.assign(kpi, changes);
      if (planKpiId !== undefined) await this.linkPlanKpi(tx, kpi, planKpiId);
      return tx.save(kpi);
    });
  }

  /** A KPI with values in progress reports stays: the reports are history and refer to it. */
  removeKpi(id: string, actor: Actor): Promise<void> {
    return this.uow.run(actor, async (tx) => {
      const kpi = await tx.lock(MeasureKpi, id);
      await this.editableMeasure(tx, actor, kpi.measureId);
      const [{ n }] = await tx.em.query(
        `SELECT count(*)::int AS n FROM progress_report
          WHERE measure_id = $1 AND indicator_values @> jsonb_build_array(jsonb_build_object('measureKpiId', $2::text))`,
        [kpi.measureId, id],
      );
      if (n) {
        throw new ConflictError(
          `The KPI has values in ${n} progress report(s) and stays with their history`,
          'in_use',
          { reports: n },
        );
      }
      await tx.remove(kpi);
    });
  }

  /**
   * Links a measure KPI to the plan KPI it moves. The plan KPI must measure an objective the
   * measure serves (in any of its plan versions, matched by lineage), so the trace from the
   * measure forward to the plan holds.
   */
  private async linkPlanKpi(tx: Tx, kpi: MeasureKpi, planKpiId: string | null | undefined) {
    if (!planKpiId) {
      Object.assign(kpi, { planKpiId: null, planKpiLineageId: null });
      return;
    }
    const planKpi = await tx.ref(PlanKpi, planKpiId, 'planKpiId');
    const [served] = await tx.em.query(
      `SELECT 1 FROM measure_objective mo
         JOIN plan_objective o ON o.id = mo.objective_id
         JOIN plan_objective ko ON ko.lineage_id = o.lineage_id
        WHERE mo.measure_id = $1 AND ko.id = $2 LIMIT 1`,
      [kpi.measureId, planKpi.objectiveId],
    );
    if (!served) {
      throw new RuleViolationError(
        `Plan KPI ${planKpi.code} measures an objective this measure does not serve`,
        'kpi_not_served',
        'planKpiId',
      );
    }
    Object.assign(kpi, { planKpiId: planKpi.id, planKpiLineageId: planKpi.lineageId });
  }

  /** The measure must exist (422 on `field` when the body names it), be in scope and not ended. */
  private async editableMeasure(tx: Tx, actor: Actor, id: string, field?: string) {
    const measure = field
      ? await tx.ref(Measure, id, field, 'share')
      : await tx.get(Measure, id, 'share');
    assertMinistryScope(actor, measure.leadMinistry, `change measure ${measure.code}`);
    assertMeasureEditable(measure.status);
    return measure;
  }
}
