import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditQuery, UnitOfWork, type AuditEvent, type Tx } from '@tracker/audit';
import type { FindingAction } from '@tracker/contracts';
import { ConflictError, NotFoundError, type Actor } from '@tracker/core';
import { fetchPage, type ListRequest, type Page } from '@tracker/database';
import type { DataSource, EntityManager } from 'typeorm';
import { Redactor } from '../shared/confidential-fields';
import { assertCaseFileVisible, onlyVisibleCaseFiles } from './case-file-access';
import { findingList } from './check.lists';
import { requireOneOf } from './check.rules';
import type {
  AcceptFindingDto,
  CreateFindingDto,
  ReturnFindingDto,
  UpdateFindingDto,
} from './finding.dto';
import { Finding } from './finding.entity';
import { assertFindingEditable, checkReferral, findingStatus } from './finding.status';
import { Investigation } from './investigation.entity';
import { assertInvestigationActive } from './investigation.status';

export type FindingView = Finding & { actions: FindingAction[] };
const view = (f: Finding): FindingView => ({ ...f, actions: findingStatus.allowed(f.status) });

function checkFinding(f: Partial<Finding>) {
  requireOneOf({ statementJa: f.statementJa, statementEn: f.statementEn }, 'finding');
  checkReferral(f.recommendedAction!, f.referralMinistry);
}

/** Findings of investigations and their review: one method per transition. */
@Injectable()
export class FindingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditQuery,
  ) {}

  async list(request: ListRequest, actor: Actor): Promise<Page<FindingView>> {
    const qb = this.dataSource.getRepository(Finding).createQueryBuilder('f');
    onlyVisibleCaseFiles(qb, 'f.investigation_id', new Redactor(actor));
    return (await fetchPage(qb, findingList, request)).map(view);
  }

  async get(id: string, actor: Actor): Promise<FindingView> {
    const finding = await this.dataSource.getRepository(Finding).findOneBy({ id });
    if (!finding) throw new NotFoundError('finding', id);
    await this.assertVisible(this.dataSource, finding, actor);
    return view(finding);
  }

  create(dto: CreateFindingDto, actor: Actor): Promise<FindingView> {
    checkFinding(dto);
    return this.uow.run(actor, async (tx) => {
      await this.activeInvestigation(tx, dto.investigationId, 'investigationId');
      await assertCaseFileVisible(tx.em, dto.investigationId, new Redactor(actor), {
        entity: 'investigation',
        id: dto.investigationId,
        field: 'investigationId',
      });
      return view(await tx.insert(tx.em.create(Finding, { ...dto, status: 'draft' })));
    });
  }

  update(id: string, dto: UpdateFindingDto, actor: Actor): Promise<FindingView> {
    return this.uow.run(actor, async (tx) => {
      const finding = await tx.lock(Finding, id, dto.version);
      await this.assertVisible(tx.em, finding, actor);
      assertFindingEditable(finding.status);
      await this.activeInvestigation(tx, finding.investigationId);
      const { version: _read, ...changes } = dto;
      Object.assign(finding, changes);
      checkFinding(finding);
      return view(await tx.save(finding));
    });
  }

  /** Only a draft that never went to review can be deleted; its history stays. */
  async remove(id: string, actor: Actor): Promise<FindingView> {
    return this.uow.run(actor, async (tx) => {
      const finding = await tx.lock(Finding, id);
      await this.assertVisible(tx.em, finding, actor);
      if (finding.status !== 'draft') {
        throw new ConflictError('Only a draft finding can be deleted', 'read_only', {
          currentStatus: finding.status,
        });
      }
      await this.activeInvestigation(tx, finding.investigationId);
      const removed = view(finding);
      await tx.remove(finding);
      return removed;
    });
  }

  submit(id: string, actor: Actor) {
    return this.move(id, actor, 'submit');
  }

  accept(id: string, dto: AcceptFindingDto, actor: Actor) {
    return this.move(id, actor, 'accept', (finding) => {
      finding.reviewNote = dto.note ?? null;
    });
  }

  return(id: string, dto: ReturnFindingDto, actor: Actor) {
    return this.move(id, actor, 'return', (finding) => {
      finding.reviewNote = dto.note;
    });
  }

  /** Also of a deleted draft: its trail outlives it. */
  async history(id: string, actor: Actor): Promise<AuditEvent[]> {
    const events = await this.audit.historyOf('finding', id);
    const investigationId = (events[0]?.after as Partial<Finding> | null)?.investigationId;
    if (investigationId) await this.assertVisible(this.dataSource, { id, investigationId }, actor);
    return events;
  }

  private move(
    id: string,
    actor: Actor,
    action: FindingAction,
    apply?: (finding: Finding) => void,
  ): Promise<FindingView> {
    return this.uow.run(actor, async (tx) => {
      const finding = await tx.lock(Finding, id);
      await this.assertVisible(tx.em, finding, actor);
      const status = findingStatus.next(finding.status, action);
      // Shares the investigation's lock with its conclusion, which counts findings by status.
      await this.activeInvestigation(tx, finding.investigationId);
      apply?.(finding);
      finding.status = status;
      return view(await tx.save(finding, action));
    });
  }

  private async activeInvestigation(tx: Tx, id: string, field?: string) {
    const investigation = field
      ? await tx.ref(Investigation, id, field, 'share')
      : await tx.get(Investigation, id, 'share');
    assertInvestigationActive(investigation.status);
    return investigation;
  }

  private assertVisible(
    db: EntityManager | DataSource,
    finding: Pick<Finding, 'id' | 'investigationId'>,
    actor: Actor,
  ) {
    return assertCaseFileVisible(db, finding.investigationId, new Redactor(actor), {
      entity: 'finding',
      id: finding.id,
    });
  }
}
