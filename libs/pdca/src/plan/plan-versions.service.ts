import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnitOfWork, type Tx } from '@tracker/audit';
import {
  BadRequestError,
  ConflictError,
  NotFoundError,
  RuleViolationError,
  type Actor,
} from '@tracker/core';
import { fetchPage, type ListRequest, type Page } from '@tracker/database';
import { In, type DataSource } from 'typeorm';
import { assertNotOwnWork } from '../review/own-work';
import { ReviewWorkflow } from '../review/review-workflow.service';
import { compareItems } from './plan-comparison';
import { PLAN_DRAFT_PARTICIPANTS, type PlanDraftParticipant } from './plan-draft-participants';
import { PlanKpi } from './plan-kpi.entity';
import { PlanObjective } from './plan-objective.entity';
import { PlanVersion } from './plan-version.entity';
import { assertPlanEditable, planVersionActions, planVersionStatus } from './plan-version.status';
import type {
  AmendPlanVersionDto,
  ApprovePlanVersionDto,
  CreatePlanVersionDto,
  ProposePlanVersionDto,
  UpdatePlanVersionDto,
  WithdrawPlanVersionDto,
} from './plan.dto';
import { planVersionList } from './plan.lists';

/** Serialises approvals (rare, and the one-approved-version rule depends on their order). */
const APPROVAL_LOCK = 7_201_001;
/** Serialises the numbering of new versions. */
const NUMBERING_LOCK = 7_201_002;

export type PlanVersionView = PlanVersion & { actions: string[] };

const view = (v: PlanVersion): PlanVersionView => ({ ...v, actions: planVersionActions(v.status) });

const OBJECTIVE_FIELDS = [
  'code',
  'principle',
  'titleJa',
  'titleEn',
  'descriptionJa',
  'descriptionEn',
] as const;
const KPI_FIELDS = [
  'code',
  'objectiveLineageId',
  'indicatorJa',
  'indicatorEn',
  'baseline',
  'baselineDate',
  'target',
  'unit',
  'targetDate',
] as const;

function checkFiscalYears(from: number | null | undefined, to: number | null | undefined) {
  if (from != null && to != null && to < from) {
    throw new BadRequestError('Invalid plan period', [
      {
        field: 'fiscalYearTo',
        message: 'fiscalYearTo must not be before fiscalYearFrom',
        rule: 'notBefore',
        args: { date: from },
      },
    ]);
  }
}

@Injectable()
export class PlanVersionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly reviews: ReviewWorkflow,
    @Inject(PLAN_DRAFT_PARTICIPANTS) private readonly participants: PlanDraftParticipant[],
  ) {}

  async list(request: ListRequest): Promise<Page<PlanVersionView>> {
    const qb = this.dataSource.getRepository(PlanVersion).createQueryBuilder('v');
    return (await fetchPage(qb, planVersionList, request)).map(view);
  }

  async get(id: string): Promise<PlanVersionView> {
    const version = await this.dataSource.getRepository(PlanVersion).findOneBy({ id });
    if (!version) throw new NotFoundError('plan version', id);
    return view(version);
  }

  /** The approved version, if any: the plan in force. */
  async current(): Promise<PlanVersionView | null> {
    const version = await this.dataSource
      .getRepository(PlanVersion)
      .findOneBy({ status: 'approved' });
    return version ? view(version) : null;
  }

  create(dto: CreatePlanVersionDto, actor: Actor): Promise<PlanVersionView> {
    checkFiscalYears(dto.fiscalYearFrom, dto.fiscalYearTo);
    return this.uow.run(actor, async (tx) => {
      const number = await this.nextNumber(tx);
      const version = tx.em.create(PlanVersion, { ...dto, number, status: 'draft' });
      return view(await tx.insert(version));
    });
  }

  update(id: string, dto: UpdatePlanVersionDto, actor: Actor): Promise<PlanVersionView> {
    return this.uow.run(actor, async (tx) => {
      const version = await tx.lock(PlanVersion, id, dto.version);
      assertPlanEditable(version.status);
      const { version: _read, ...changes } = dto;
      Object.assign(version, changes);
      checkFiscalYears(version.fiscalYearFrom, version.fiscalYearTo);
      return view(await tx.save(version));
    });
  }

  remove(id: string, actor: Actor): Promise<void> {
    return this.uow.run(actor, async (tx) => {
      const version = await tx.lock(PlanVersion, id);
      assertPlanEditable(version.status);
      for (const participant of this.participants) await participant.draftRemoved(tx, id);
      await tx.remove(version);
    });
  }

  /** Records the Headquarters' proposal and asks for the reviewers' approval task. */
  propose(id: string, dto: ProposePlanVersionDto, actor: Actor): Promise<PlanVersionView> {
    return this.uow.run(actor, async (tx) => {
      const version = await tx.lock(PlanVersion, id);
      const status = planVersionStatus.next(version.status, 'propose');
      const objectives = await tx.em.count(PlanObjective, { where: { planVersionId: id } });
      if (!objectives) {
        throw new RuleViolationError(
          'A plan version needs at least one objective before it can be proposed',
          'plan_without_objectives',
        );
      }
      Object.assign(version, { ...dto, status, withdrawalReason: null });
      const saved = await tx.save(version, 'propose');
      await tx.emit('review.open-task', {
        subjectType: 'plan_version',
        subjectId: id,
        kind: 'approval',
        submittedById: actor.userId,
      });
      return view(saved);
    });
  }

  withdraw(id: string, dto: WithdrawPlanVersionDto, actor: Actor): Promise<PlanVersionView> {
    return this.uow.run(actor, (tx) => this.withdrawIn(tx, id, dto.reason));
  }

  /** Back to draft; also how a reviewer's request for changes reaches the plan. */
  async withdrawIn(tx: Tx, id: string, reason: string): Promise<PlanVersionView> {
    const version = await tx.lock(PlanVersion, id);
    version.status = planVersionStatus.next(version.status, 'withdraw');
    version.withdrawalReason = reason;
    const saved = await tx.save(version, 'withdraw');
    await this.reviews.closeForSubject(tx, 'plan_version', id, 'the proposal was withdrawn');
    return view(saved);
  }

  /**
   * Records the Cabinet decision. The approved version (if any) is superseded in the same
   * transaction, so there is never more than one approved version; a draft amended from a
   * version that is no longer the approved one cannot be approved.
   */
  approve(id: string, dto: ApprovePlanVersionDto, actor: Actor): Promise<PlanVersionView> {
    return this.uow.run(actor, (tx) => this.approveIn(tx, id, dto));
  }

  /** The approval itself, also run by an approved review task in its own transaction. */
  async approveIn(tx: Tx, id: string, dto: ApprovePlanVersionDto): Promise<PlanVersionView> {
    await tx.em.query('SELECT pg_advisory_xact_lock($1)', [APPROVAL_LOCK]);
    const version = await tx.lock(PlanVersion, id);
    const status = planVersionStatus.next(version.status, 'approve');
    await assertNotOwnWork(tx, 'plan_version', id, 'propose');
    if (version.hqProposalDate && dto.cabinetDecisionDate < version.hqProposalDate) {
      throw new BadRequestError('Invalid Cabinet decision', [
        {
          field: 'cabinetDecisionDate',
          message: `cabinetDecisionDate must not be before the Headquarters proposal (${version.hqProposalDate})`,
          rule: 'notBefore',
          args: { date: version.hqProposalDate },
        },
      ]);
    }
    const inForce = await tx.em.findOne(PlanVersion, {
      where: { status: 'approved' },
      lock: { mode: 'pessimistic_write' },
    });
    if (inForce && version.basedOnId !== inForce.id) {
      throw new ConflictError(
        `Version ${version.number} does not amend version ${inForce.number}, which is now in force; amend version ${inForce.number} instead`,
        'stale_base',
        { inForceId: inForce.id, inForceNumber: inForce.number },
      );
    }
    if (inForce) {
      tx.track(inForce);
      inForce.status = planVersionStatus.next(inForce.status, 'supersede');
      inForce.supersededAt = new Date();
      inForce.supersededById = version.id;
      await tx.save(inForce, 'supersede');
    }
    Object.assign(version, {
      cabinetDecisionDate: dto.cabinetDecisionDate,
      cabinetDecisionNumber: dto.cabinetDecisionNumber,
      status,
    });
    const saved = await tx.save(version, 'approve');
    await this.reviews.closeForSubject(tx, 'plan_version', id, 'approved directly');
    return view(saved);
  }

  /** Opens a new draft from the approved version, copying its objectives and KPIs. */
  amend(id: string, dto: AmendPlanVersionDto, actor: Actor): Promise<PlanVersionView> {
    return this.uow.run(actor, async (tx) => this.openDraftFrom(tx, id, dto));
  }

  /**
   * Shared with amendments of the Act stage, which open the next draft when approved (and name
   * themselves in `amendmentId`). Records of later stages that belong to the version (measures)
   * follow through the draft participants.
   */
  async openDraftFrom(
    tx: Tx,
    id: string,
    dto: AmendPlanVersionDto,
    amendmentId: string | null = null,
  ): Promise<PlanVersionView> {
    const source = await tx.get(PlanVersion, id, 'share');
    if (source.status !== 'approved') {
      throw new ConflictError(
        `Only the approved version can be amended; version ${source.number} is ${source.status}`,
        'not_in_force',
        { currentStatus: source.status },
      );
    }
    const open = await tx.em.findOne(PlanVersion, {
      where: { basedOnId: id, status: In(['draft', 'proposed']) },
    });
    if (open) {
      throw new ConflictError(
        `Version ${open.number} is already an open amendment of version ${source.number}`,
        'amendment_open',
        { openVersionId: open.id },
      );
    }
    const draft = await tx.insert(
      tx.em.create(PlanVersion, {
        number: await this.nextNumber(tx),
        titleJa: dto.titleJa ?? source.titleJa,
        titleEn: dto.titleEn ?? source.titleEn,
        summaryJa: source.summaryJa,
        summaryEn: source.summaryEn,
        fiscalYearFrom: source.fiscalYearFrom,
        fiscalYearTo: source.fiscalYearTo,
        basedOnId: source.id,
        amendmentId,
        status: 'draft',
      }),
      'amend',
    );
    const objectives = await tx.em.find(PlanObjective, { where: { planVersionId: id } });
    const kpis = await tx.em.find(PlanKpi, { where: { planVersionId: id } });
    const objectiveIds = new Map<string, string>();
    const kpiIds = new Map<string, string>();
    for (const objective of objectives) {
      const copy = await tx.insert(
        tx.em.create(PlanObjective, {
          planVersionId: draft.id,
          lineageId: objective.lineageId,
          code: objective.code,
          principle: objective.principle,
          titleJa: objective.titleJa,
          titleEn: objective.titleEn,
          descriptionJa: objective.descriptionJa,
          descriptionEn: objective.descriptionEn,
          position: objective.position,
        }),
      );
      objectiveIds.set(objective.id, copy.id);
      for (const kpi of kpis.filter((k) => k.objectiveId === objective.id)) {
        const kpiCopy = await tx.insert(
          tx.em.create(PlanKpi, {
            objectiveId: copy.id,
            planVersionId: draft.id,
            lineageId: kpi.lineageId,
            code: kpi.code,
            indicatorJa: kpi.indicatorJa,
            indicatorEn: kpi.indicatorEn,
            baseline: kpi.baseline,
            baselineDate: kpi.baselineDate,
            target: kpi.target,
            unit: kpi.unit,
            targetDate: kpi.targetDate,
          }),
        );
        kpiIds.set(kpi.id, kpiCopy.id);
      }
    }
    const opened = { sourceId: id, draftId: draft.id, objectiveIds, kpiIds };
    for (const participant of this.participants) await participant.draftOpened(tx, opened);
    return view(draft);
  }

  /** What changed from version `fromId` to version `toId`: objectives and KPIs. */
  async compare(fromId: string, toId: string) {
    const [from, to] = await Promise.all([this.get(fromId), this.get(toId)]);
    const [fromContent, toContent] = await Promise.all([this.content(fromId), this.content(toId)]);
    const brief = (v: PlanVersion) => ({ id: v.id, number: v.number, status: v.status });
    return {
      from: brief(from),
      to: brief(to),
      objectives: compareItems(fromContent.objectives, toContent.objectives, OBJECTIVE_FIELDS),
      kpis: compareItems(fromContent.kpis, toContent.kpis, KPI_FIELDS),
    };
  }

  private async content(planVersionId: string) {
    const objectives = await this.dataSource
      .getRepository(PlanObjective)
      .find({ where: { planVersionId }, order: { position: 'ASC', code: 'ASC' } });
    const lineageOf = new Map(objectives.map((o) => [o.id, o.lineageId]));
    const kpis = await this.dataSource
      .getRepository(PlanKpi)
      .find({ where: { planVersionId }, order: { code: 'ASC' } });
    return {
      objectives,
      kpis: kpis.map((k) => ({ ...k, objectiveLineageId: lineageOf.get(k.objectiveId) ?? null })),
    };
  }

  private async nextNumber(tx: Tx): Promise<number> {
    await tx.em.query('SELECT pg_advisory_xact_lock($1)', [NUMBERING_LOCK]);
    const [{ next }] = await tx.em.query(
      'SELECT coalesce(max(number), 0) + 1 AS next FROM plan_version',
    );
    return Number(next);
  }
}
