import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnitOfWork, type Tx } from '@tracker/audit';
import type { Actor } from '@tracker/core';
import { fetchPage, findByIdOr404, type ListRequest, type Page } from '@tracker/database';
import type { DataSource } from 'typeorm';
import { PlanKpi } from './plan-kpi.entity';
import { PlanObjective } from './plan-objective.entity';
import { PlanVersion } from './plan-version.entity';
import { assertPlanEditable } from './plan-version.status';
import type {
  CreatePlanKpiDto,
  CreatePlanObjectiveDto,
  UpdatePlanKpiDto,
  UpdatePlanObjectiveDto,
} from './plan.dto';
import { planKpiList, planObjectiveList } from './plan.lists';

/** Objectives and KPIs of a plan version; they change only while the version is a draft. */
@Injectable()
export class PlanContentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  listObjectives(request: ListRequest): Promise<Page<PlanObjective>> {
    const qb = this.dataSource.getRepository(PlanObjective).createQueryBuilder('o');
    return fetchPage(qb, planObjectiveList, request);
  }

  listKpis(request: ListRequest): Promise<Page<PlanKpi>> {
    const qb = this.dataSource.getRepository(PlanKpi).createQueryBuilder('k');
    return fetchPage(qb, planKpiList, request);
  }

  getObjective(id: string): Promise<PlanObjective> {
    return findByIdOr404(this.dataSource, PlanObjective, id, 'plan objective');
  }

  getKpi(id: string): Promise<PlanKpi> {
    return findByIdOr404(this.dataSource, PlanKpi, id, 'plan KPI');
  }

  createObjective(dto: CreatePlanObjectiveDto, actor: Actor): Promise<PlanObjective> {
    return this.uow.run(actor, async (tx) => {
      await this.draftVersion(tx, dto.planVersionId, 'planVersionId');
      return tx.insert(tx.em.create(PlanObjective, dto));
    });
  }

  updateObjective(id: string, dto: UpdatePlanObjectiveDto, actor: Actor): Promise<PlanObjective> {
    return this.uow.run(actor, async (tx) => {
      const objective = await tx.lock(PlanObjective, id, dto.version);
      await this.draftVersion(tx, objective.planVersionId);
      const { version: _read, ...changes } = dto;
      return tx.save(Object.assign(objective, changes));
    });
  }

  removeObjective(id: string, actor: Actor): Promise<void> {
    return this.uow.run(actor, async (tx) => {
      const objective = await tx.lock(PlanObjective, id);
      await this.draftVersion(tx, objective.planVersionId);
      for (const kpi of await tx.em.find(PlanKpi, { where: { objectiveId: id } })) {
        await tx.remove(kpi);
      }
      await tx.remove(objective);
    });
  }

  createKpi(dto: CreatePlanKpiDto, actor: Actor): Promise<PlanKpi> {
    return this.uow.run(actor, async (tx) => {
      const objective = await tx.ref(PlanObjective, dto.objectiveId, 'objectiveId', 'share');
      await this.draftVersion(tx, objective.planVersionId);
      return tx.insert(tx.em.create(PlanKpi, { ...dto, planVersionId: objective.planVersionId }));
    });
  }

  updateKpi(id: string, dto: UpdatePlanKpiDto, actor: Actor): Promise<PlanKpi> {
    return this.uow.run(actor, async (tx) => {
      const kpi = await tx.lock(PlanKpi, id, dto.version);
      await this.draftVersion(tx, kpi.planVersionId);
      const { version: _read, ...changes } = dto;
      return tx.save(Object.assign(kpi, changes));
    });
  }

  removeKpi(id: string, actor: Actor): Promise<void> {
    return this.uow.run(actor, async (tx) => {
      const kpi = await tx.lock(PlanKpi, id);
      await this.draftVersion(tx, kpi.planVersionId);
      await tx.remove(kpi);
    });
  }

  /** The version must exist and stay a draft until this transaction commits. */
  private async draftVersion(tx: Tx, id: string, field?: string): Promise<PlanVersion> {
    const version = field
      ? await tx.ref(PlanVersion, id, field, 'share')
      : await tx.get(PlanVersion, id, 'share');
    assertPlanEditable(version.status);
    return version;
  }
}
