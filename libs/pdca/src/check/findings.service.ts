import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditQuery, UnitOfWork, type AuditEvent, type Tx } from '@tracker/audit';
import type { FindingAction } from '@tracker/contracts';
import { ConflictError, NotFoundError, type Actor } from '@tracker/core';
import { fetchPage, type ListRequest, type Page } from '@tracker/database';
import type { DataSource } from 'typeorm';
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

  async list(request: ListRequest): Promise<Page<FindingView>> {
    const qb = this.dataSource.getRepository(Finding).createQueryBuilder('f');
    return (await fetchPage(qb, findingList, request)).map(view);
  }

  async get(id: string): Promise<FindingView> {
    return view(await this.find(id));
  }

  create(dto: CreateFindingDto, actor: Actor): Promise<FindingView> {
    checkFinding(dto);
    return this.uow.run(actor, async (tx) => {
      await this.activeInvestigation(tx, dto.investigationId, 'investigationId');
      return view(await tx.insert(tx.em.create(Finding, { ...dto, status: 'draft' })));
    });
  }

  update(id: string, dto: UpdateFindingDto, actor: Actor): Promise<FindingView> {
    return this.uow.run(actor, async (tx) => {
      const finding = await tx.lock(Finding, id, dto.version);
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
  history(id: string): Promise<AuditEvent[]> {
    return this.audit.historyOf('finding', id);
  }

  private move(
    id: string,
    actor: Actor,
    action: FindingAction,
    apply?: (finding: Finding) => void,
  ): Promise<FindingView> {
    return this.uow.run(actor, async (tx) => {
      const finding = await tx.lock(Finding, id);
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

  private async find(id: string): Promise<Finding> {
    const finding = await this.dataSource.getRepository(Finding).findOneBy({ id });
    if (!finding) throw new NotFoundError('finding', id);
    return finding;
  }
}
