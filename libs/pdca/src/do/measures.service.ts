import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnitOfWork, type Tx } from '@tracker/audit';
import type { MeasureAction, Ministry } from '@tracker/contracts';
import { BadRequestError, RuleViolationError, todayInJapan, type Actor } from '@tracker/core';
import { fetchPage, findByIdOr404, type ListRequest, type Page } from '@tracker/database';
import { IsNull, type DataSource } from 'typeorm';
import { measureList } from './do.lists';
import { MeasureKpi } from './measure-kpi.entity';
import { linkObjectives, objectivesOfOneVersion } from './measure-links';
import { MeasureMilestone } from './measure-milestone.entity';
import { assertMinistryScope } from './measure-scope';
import { measureViews, type MeasureView } from './measure-views';
import { Measure } from './measure.entity';
import type {
  CancelMeasureDto,
  CompleteMeasureDto,
  CreateMeasureDto,
  SuspendMeasureDto,
  UpdateMeasureDto,
} from './measure.dto';
import { assertMeasureDeletable, assertMeasureEditable, measureStatus } from './measure.status';

function checkDates(startDate: string, dueDate: string) {
  if (dueDate < startDate) {
    throw new BadRequestError('Invalid measure period', [
      {
        field: 'dueDate',
        message: `dueDate must not be before startDate (${startDate})`,
        rule: 'notBefore',
        args: { date: startDate },
      },
    ]);
  }
}

function checkCooperating(lead: Ministry, cooperating: readonly Ministry[]) {
  if (cooperating.includes(lead)) {
    throw new BadRequestError('Invalid ministries', [
      {
        field: 'cooperatingMinistries',
        message: `cooperatingMinistries must not include the lead ministry (${lead})`,
      },
    ]);
  }
}

/** Measures of the Do stage: one method per transition, every write scoped to the lead ministry. */
@Injectable()
export class MeasuresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  async list(request: ListRequest): Promise<Page<MeasureView>> {
    const qb = this.dataSource.getRepository(Measure).createQueryBuilder('m');
    const page = await fetchPage(qb, measureList, request);
    const views = new Map(
      (await measureViews(this.dataSource.manager, page.items)).map((v) => [v.id, v]),
    );
    return page.map((m) => views.get(m.id)!);
  }

  async get(id: string): Promise<MeasureView> {
    const measure = await findByIdOr404(this.dataSource, Measure, id);
    return (await measureViews(this.dataSource.manager, [measure]))[0];
  }

  create(dto: CreateMeasureDto, actor: Actor): Promise<MeasureView> {
    checkDates(dto.startDate, dto.dueDate);
    checkCooperating(dto.leadMinistry, dto.cooperatingMinistries ?? []);
    assertMinistryScope(actor, dto.leadMinistry, `create measures led by ${dto.leadMinistry}`);
    return this.uow.run(actor, async (tx) => {
      const { objectiveIds, ...fields } = dto;
      const links = await objectivesOfOneVersion(tx, objectiveIds);
      const measure = await tx.insert(tx.em.create(Measure, { ...fields, status: 'planned' }));
      await linkObjectives(tx, measure.id, links.planVersionId, links.objectiveIds);
      return this.view(tx, measure);
    });
  }

  update(id: string, dto: UpdateMeasureDto, actor: Actor): Promise<MeasureView> {
    return this.uow.run(actor, async (tx) => {
      const measure = await this.locked(tx, id, actor, dto.version);
      assertMeasureEditable(measure.status);
      const { version: _read, objectiveIds, ...changes } = dto;
      if (changes.leadMinistry && changes.leadMinistry !== measure.leadMinistry) {
        assertMinistryScope(
          actor,
          changes.leadMinistry,
          `hand measures to ${changes.leadMinistry}`,
        );
      }
      Object.assign(measure, changes);
      checkDates(measure.startDate, measure.dueDate);
      checkCooperating(measure.leadMinistry, measure.cooperatingMinistries ?? []);
      let relinked = false;
      if (objectiveIds) {
        const links = await objectivesOfOneVersion(tx, objectiveIds);
        relinked = await linkObjectives(tx, id, links.planVersionId, links.objectiveIds);
      }
      const read = measure.version;
      const saved = await tx.save(measure);
      if (relinked && saved.version === read) {
        // The links are part of what the client read: a change to them alone is a new version too.
        await tx.em.increment(Measure, { id }, 'version', 1);
        saved.version += 1;
      }
      return this.view(tx, saved);
    });
  }

  /** Deletes a measure that never started, with its milestones and KPIs (each audited). */
  remove(id: string, actor: Actor): Promise<void> {
    return this.uow.run(actor, async (tx) => {
      const measure = await this.locked(tx, id, actor);
      assertMeasureDeletable(measure.status);
      for (const milestone of await tx.em.find(MeasureMilestone, { where: { measureId: id } })) {
        await tx.remove(milestone);
      }
      for (const kpi of await tx.em.find(MeasureKpi, { where: { measureId: id } })) {
        await tx.remove(kpi);
      }
      await tx.remove(measure);
    });
  }

  start(id: string, actor: Actor): Promise<MeasureView> {
    return this.move(id, actor, 'start');
  }

  /** Completes a measure in progress; every milestone must be done first. */
  complete(id: string, dto: CompleteMeasureDto, actor: Actor): Promise<MeasureView> {
    return this.move(id, actor, 'complete', async (tx, measure) => {
      measure.completedOn = dto.completedOn ?? todayInJapan();
      if (measure.completedOn < measure.startDate) {
        throw new BadRequestError('Invalid completion date', [
          {
            field: 'completedOn',
            message: `completedOn must not be before startDate (${measure.startDate})`,
          },
        ]);
      }
      const open = await tx.em.count(MeasureMilestone, {
        where: { measureId: id, doneOn: IsNull() },
      });
      if (open) {
        throw new RuleViolationError(
          `${open} milestone(s) of measure ${measure.code} are not done; record them before completing it`,
          'milestones_open',
          undefined,
          { openMilestones: open },
        );
      }
    });
  }

  suspend(id: string, dto: SuspendMeasureDto, actor: Actor): Promise<MeasureView> {
    return this.move(id, actor, 'suspend', async (_tx, measure) => {
      measure.statusReason = dto.reason;
    });
  }

  resume(id: string, actor: Actor): Promise<MeasureView> {
    return this.move(id, actor, 'resume', async (_tx, measure) => {
      measure.statusReason = null;
    });
  }

  cancel(id: string, dto: CancelMeasureDto, actor: Actor): Promise<MeasureView> {
    return this.move(id, actor, 'cancel', async (_tx, measure) => {
      measure.statusReason = dto.reason;
    });
  }

  private move(
    id: string,
    actor: Actor,
    action: MeasureAction,
    apply?: (tx: Tx, measure: Measure) => Promise<void>,
  ): Promise<MeasureView> {
    return this.uow.run(actor, async (tx) => {
      const measure = await this.locked(tx, id, actor);
      measure.status = measureStatus.next(measure.status, action);
      await apply?.(tx, measure);
      return this.view(tx, await tx.save(measure, action));
    });
  }

  /** Locks a measure to change it: 404 if missing, 403 outside the actor's ministry, 409 if stale. */
  private async locked(tx: Tx, id: string, actor: Actor, version?: number): Promise<Measure> {
    const measure = await tx.lock(Measure, id, version);
    assertMinistryScope(actor, measure.leadMinistry, `change measure ${measure.code}`);
    return measure;
  }

  private async view(tx: Tx, measure: Measure): Promise<MeasureView> {
    return (await measureViews(tx.em, [measure]))[0];
  }
}
