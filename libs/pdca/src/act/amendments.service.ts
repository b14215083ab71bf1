import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditQuery, UnitOfWork, type AuditEvent, type Tx } from '@tracker/audit';
import {
  AMENDMENTS_NEEDING_NAMES,
  AMENDMENT_TARGETS,
  COORDINATING_MINISTRY,
} from '@tracker/contracts';
import { BadRequestError, ConflictError, NotFoundError, type Actor } from '@tracker/core';
import { fetchPage, type ListRequest, type Page } from '@tracker/database';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { PlanVersion } from '../plan/plan-version.entity';
import { PlanVersionsService } from '../plan/plan-versions.service';
import { amendmentList } from './act.lists';
import { checkFindings, checkIssuedGuidance } from './act-links';
import type { CreateAmendmentDto, UpdateAmendmentDto } from './amendment.dto';
import { Amendment } from './amendment.entity';
import { amendmentStatus, assertAmendmentEditable } from './amendment.status';

export type AmendmentView = Amendment & {
  actions: string[];
  /** The plan version this (approved Basic Plan) amendment opened. */
  openedPlanVersionId: string | null;
};

/** A name for the target when the proposal gives none; guidelines and laws must be named. */
function checkAmendment(a: Partial<Amendment>): void {
  const details: { field: string; message: string }[] = [];
  if (AMENDMENTS_NEEDING_NAMES.includes(a.target!) && !a.targetName) {
    details.push({ field: 'targetName', message: `name the ${a.target} to amend` });
  }
  if (!a.findingIds?.length && !a.guidanceIds?.length) {
    details.push({
      field: 'findingIds',
      message:
        'an amendment is justified by at least one finding or guidance (findingIds or guidanceIds)',
    });
  }
  if (details.length) throw new BadRequestError('Invalid amendment', details);
}

/** Amendments of the Act stage: one method per transition, decisions through review tasks. */
@Injectable()
export class AmendmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditQuery,
    private readonly plans: PlanVersionsService,
  ) {}

  async list(request: ListRequest): Promise<Page<AmendmentView>> {
    const qb = this.dataSource.getRepository(Amendment).createQueryBuilder('a');
    const page = await fetchPage(qb, amendmentList, request);
    const views = new Map(
      (await this.views(this.dataSource.manager, page.items)).map((v) => [v.id, v]),
    );
    return page.map((a) => views.get(a.id)!);
  }

  async get(id: string): Promise<AmendmentView> {
    const amendment = await this.dataSource.getRepository(Amendment).findOneBy({ id });
    if (!amendment) throw new NotFoundError('amendment', id);
    return (await this.views(this.dataSource.manager, [amendment]))[0];
  }

  create(dto: CreateAmendmentDto, actor: Actor): Promise<AmendmentView> {
    const fields = {
      ...dto,
      targetName:
        dto.targetName ??
        (AMENDMENTS_NEEDING_NAMES.includes(dto.target) ? '' : AMENDMENT_TARGETS[dto.target].ja),
      leadMinistry: dto.leadMinistry ?? COORDINATING_MINISTRY,
      findingIds: dto.findingIds ?? [],
      guidanceIds: dto.guidanceIds ?? [],
    };
    checkAmendment(fields);
    return this.uow.run(actor, async (tx) => {
      await this.checkLinks(tx, fields);
      const amendment = tx.em.create(Amendment, {
        ...fields,
        planVersionId: await this.planInForce(tx, fields.target),
        status: 'proposed',
      });
      return this.view(tx, await tx.insert(amendment));
    });
  }

  update(id: string, dto: UpdateAmendmentDto, actor: Actor): Promise<AmendmentView> {
    return this.uow.run(actor, async (tx) => {
      const amendment = await tx.lock(Amendment, id, dto.version);
      assertAmendmentEditable(amendment.status);
      const { version: _read, ...changes } = dto;
      Object.assign(amendment, changes);
      if (changes.target) amendment.planVersionId = await this.planInForce(tx, changes.target);
      checkAmendment(amendment);
      await this.checkLinks(tx, changes);
      return this.view(tx, await tx.save(amendment));
    });
  }

  remove(id: string, actor: Actor): Promise<AmendmentView> {
    return this.uow.run(actor, async (tx) => {
      const amendment = await tx.lock(Amendment, id);
      assertAmendmentEditable(amendment.status);
      const removed = await this.view(tx, amendment);
      await tx.remove(amendment);
      return removed;
    });
  }

  /** Sends the proposal to the approval task of the review engine. */
  submit(id: string, actor: Actor): Promise<AmendmentView> {
    return this.uow.run(actor, async (tx) => {
      const amendment = await tx.lock(Amendment, id);
      amendment.status = amendmentStatus.next(amendment.status, 'submit');
      await this.checkLinks(tx, amendment);
      const saved = await tx.save(amendment, 'submit');
      await tx.emit('review.open-task', {
        subjectType: 'amendment',
        subjectId: id,
        kind: 'approval',
        submittedById: actor.userId,
      });
      return this.view(tx, saved);
    });
  }

  /**
   * The reviewer approved the task, in its transaction. A Basic Plan amendment opens the plan's
   * next draft from the version in force, linked to this amendment; with a draft or proposal of
   * the plan already open, the approval is refused (409) and nothing changes.
   */
  async approveIn(tx: Tx, id: string, note: string | null): Promise<void> {
    const amendment = await tx.lock(Amendment, id);
    const status = amendmentStatus.next(amendment.status, 'approve');
    if (amendment.target === 'basic_plan') {
      const open = await tx.em.findOne(PlanVersion, {
        where: { status: In(['draft', 'proposed']) },
      });
      if (open) {
        throw new ConflictError(
          `Plan version ${open.number} is already open (${open.status}); finish or delete it before approving another amendment of the Basic Plan`,
          'plan_draft_open',
          { openVersionId: open.id, openVersionStatus: open.status },
        );
      }
      const inForce = await this.planInForce(tx, 'basic_plan');
      amendment.planVersionId = inForce;
      await this.plans.openDraftFrom(tx, inForce!, {}, amendment.id);
    }
    Object.assign(amendment, { status, approvalNote: note, decidedAt: new Date() });
    await tx.save(amendment, 'approve');
  }

  /** The reviewer's request for changes rejects the amendment, with the comment as the reason. */
  async rejectIn(tx: Tx, id: string, reason: string): Promise<void> {
    const amendment = await tx.lock(Amendment, id);
    Object.assign(amendment, {
      status: amendmentStatus.next(amendment.status, 'reject'),
      rejectionReason: reason,
      decidedAt: new Date(),
    });
    await tx.save(amendment, 'reject');
  }

  async history(id: string): Promise<AuditEvent[]> {
    await this.get(id);
    return this.audit.historyOf('amendment', id);
  }

  /** The approved plan version a Basic Plan amendment amends; 422 when there is none. */
  private async planInForce(tx: Tx, target: Amendment['target']): Promise<string | null> {
    if (target !== 'basic_plan') return null;
    const inForce = await tx.em.findOne(PlanVersion, {
      where: { status: 'approved' },
      lock: { mode: 'pessimistic_read' },
    });
    if (!inForce) {
      throw new BadRequestError('No Basic Plan is in force', [
        { field: 'target', message: 'there is no approved Basic Plan to amend' },
      ]);
    }
    return inForce.id;
  }

  private async checkLinks(tx: Tx, links: Partial<Pick<Amendment, 'findingIds' | 'guidanceIds'>>) {
    await checkFindings(tx, links.findingIds, 'findingIds');
    await checkIssuedGuidance(tx, links.guidanceIds, 'guidanceIds');
  }

  private async view(tx: Tx, amendment: Amendment): Promise<AmendmentView> {
    return (await this.views(tx.em, [amendment]))[0];
  }

  private async views(em: EntityManager, amendments: Amendment[]): Promise<AmendmentView[]> {
    const opened = amendments.length
      ? await em.find(PlanVersion, {
          where: { amendmentId: In(amendments.map((a) => a.id)) },
          select: { id: true, amendmentId: true },
        })
      : [];
    return amendments.map((a) => ({
      ...a,
      actions: amendmentStatus.allowed(a.status),
      openedPlanVersionId: opened.find((v) => v.amendmentId === a.id)?.id ?? null,
    }));
  }
}
