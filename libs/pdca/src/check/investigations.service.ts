import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditQuery, UnitOfWork, type AuditEvent, type Tx } from '@tracker/audit';
import { User } from '@tracker/auth';
import type { InvestigationAction } from '@tracker/contracts';
import { ConflictError, NotFoundError, RuleViolationError, type Actor } from '@tracker/core';
import { fetchPage, type ListRequest, type Page } from '@tracker/database';
import type { DataSource, EntityManager } from 'typeorm';
import { Redactor } from '../shared/confidential-fields';
import { TimelineService, type TimelineEntry } from '../shared/timeline.service';
import { assertCaseFileVisible, onlyVisibleCaseFiles } from './case-file-access';
import { investigationList } from './check.lists';
import { requireOneOf } from './check.rules';
import { Finding } from './finding.entity';
import { IncidentsService } from './incidents.service';
import { InformationRequest } from './information-request.entity';
import type {
  ConcludeInvestigationDto,
  CreateInvestigationDto,
  UpdateInvestigationDto,
} from './investigation.dto';
import { Investigation } from './investigation.entity';
import { assertConcludable, investigationStatus } from './investigation.status';

export type InvestigationView = Investigation & { actions: InvestigationAction[] };
const view = (v: Investigation): InvestigationView => ({
  ...v,
  actions: investigationStatus.allowed(v.status),
});

/** Investigations of incidents, from opening to conclusion: one method per transition. */
@Injectable()
export class InvestigationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly incidents: IncidentsService,
    private readonly audit: AuditQuery,
    private readonly timelines: TimelineService,
  ) {}

  async list(request: ListRequest, actor: Actor): Promise<Page<InvestigationView>> {
    const qb = this.dataSource.getRepository(Investigation).createQueryBuilder('v');
    onlyVisibleCaseFiles(qb, 'v.id', new Redactor(actor));
    return (await fetchPage(qb, investigationList, request)).map(view);
  }

  /** With the counts the conclusion rule looks at. */
  async get(id: string, actor: Actor) {
    const investigation = await this.find(id, actor);
    const [counts] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM information_request WHERE investigation_id = $1 AND status = 'open') AS "openRequests",
              (SELECT count(*)::int FROM finding WHERE investigation_id = $1) AS "findings",
              (SELECT count(*)::int FROM finding WHERE investigation_id = $1 AND status = 'accepted') AS "acceptedFindings"`,
      [id],
    );
    return { ...view(investigation), ...counts };
  }

  /** Opening an investigation puts its reported and triaged incidents under investigation. */
  create(dto: CreateInvestigationDto, actor: Actor): Promise<InvestigationView> {
    requireOneOf({ titleJa: dto.titleJa, titleEn: dto.titleEn }, 'investigation title');
    return this.uow.run(actor, async (tx) => {
      await this.checkLead(tx, dto.leadAnalystId);
      await this.incidents.takeIntoInvestigation(tx, dto.incidentIds, new Redactor(actor));
      const investigation = await tx.insert(
        tx.em.create(Investigation, { ...dto, status: 'open' }),
      );
      return view(investigation);
    });
  }

  update(id: string, dto: UpdateInvestigationDto, actor: Actor): Promise<InvestigationView> {
    return this.uow.run(actor, async (tx) => {
      const investigation = await tx.lock(Investigation, id, dto.version);
      await this.assertVisible(tx.em, id, actor);
      if (investigation.status === 'concluded') {
        throw new ConflictError('A concluded investigation is read-only', 'read_only', {
          currentStatus: investigation.status,
        });
      }
      const { version: _read, ...changes } = dto;
      if (changes.leadAnalystId) await this.checkLead(tx, changes.leadAnalystId);
      if (changes.incidentIds) {
        const kept = new Set(changes.incidentIds.map((i) => i.toLowerCase()));
        const removed = investigation.incidentIds.filter((i) => !kept.has(i));
        if (removed.length) {
          throw new RuleViolationError(
            'Incidents cannot be taken out of an investigation; close or dismiss them instead',
            'incident_removal',
            'incidentIds',
            { removed },
          );
        }
        const added = [...kept].filter((i) => !investigation.incidentIds.includes(i));
        await this.incidents.takeIntoInvestigation(tx, added, new Redactor(actor));
        changes.incidentIds = [...investigation.incidentIds, ...added];
      }
      Object.assign(investigation, changes);
      requireOneOf(
        { titleJa: investigation.titleJa, titleEn: investigation.titleEn },
        'investigation title',
      );
      return view(await tx.save(investigation));
    });
  }

  gather(id: string, actor: Actor) {
    return this.move(id, actor, 'gather');
  }

  analyse(id: string, actor: Actor) {
    return this.move(id, actor, 'analyse');
  }

  /** Findings go to review only when there is at least one. */
  review(id: string, actor: Actor) {
    return this.move(id, actor, 'review', async (investigation, tx) => {
      const findings = await tx.em.count(Finding, { where: { investigationId: investigation.id } });
      if (!findings) {
        throw new RuleViolationError(
          'Write at least one finding before sending the investigation to review',
          'no_findings',
        );
      }
    });
  }

  revise(id: string, actor: Actor) {
    return this.move(id, actor, 'revise');
  }

  conclude(id: string, dto: ConcludeInvestigationDto, actor: Actor) {
    return this.move(id, actor, 'conclude', async (investigation, tx) => {
      const count = (entity: typeof Finding | typeof InformationRequest, status: string) =>
        tx.em.count(entity, { where: { investigationId: investigation.id, status } as never });
      assertConcludable({
        acceptedFindings: await count(Finding, 'accepted'),
        findingsInReview: await count(Finding, 'in_review'),
        openRequests: await count(InformationRequest, 'open'),
      });
      investigation.conclusion = dto.conclusion;
      if (dto.rootCause) investigation.rootCause = dto.rootCause;
      investigation.concludedAt = new Date();
    });
  }

  async history(id: string, actor: Actor): Promise<AuditEvent[]> {
    const investigation = await this.find(id, actor);
    const redactor = new Redactor(actor);
    return this.audit.historyOf('investigation', id, (e) => redactor.event(e, investigation));
  }

  /** The case file: the investigation's changes, its requests' and findings', and comments. */
  async timeline(id: string, actor: Actor): Promise<TimelineEntry[]> {
    const investigation = await this.find(id, actor);
    const [requests, findings] = await Promise.all([
      this.dataSource.getRepository(InformationRequest).findBy({ investigationId: id }),
      this.dataSource.getRepository(Finding).findBy({ investigationId: id }),
    ]);
    const subjects = {
      investigation: [{ id, current: investigation }],
      information_request: requests.map((r) => ({ id: r.id, current: r })),
      finding: findings.map((f) => ({ id: f.id, current: f })),
    };
    return this.timelines.of('investigation', id, subjects, new Redactor(actor));
  }

  comment(id: string, body: string, actor: Actor) {
    return this.uow.run(actor, async (tx) => {
      await tx.get(Investigation, id, 'share');
      await this.assertVisible(tx.em, id, actor);
      return this.timelines.addComment(tx, 'investigation', id, body);
    });
  }

  async find(id: string, actor: Actor): Promise<Investigation> {
    const investigation = await this.dataSource.getRepository(Investigation).findOneBy({ id });
    if (!investigation) throw new NotFoundError('investigation', id);
    await this.assertVisible(this.dataSource, id, actor);
    return investigation;
  }

  private assertVisible(db: EntityManager | DataSource, id: string, actor: Actor) {
    return assertCaseFileVisible(db, id, new Redactor(actor), { entity: 'investigation', id });
  }

  private move(
    id: string,
    actor: Actor,
    action: InvestigationAction,
    check?: (investigation: Investigation, tx: Tx) => Promise<void>,
  ): Promise<InvestigationView> {
    return this.uow.run(actor, async (tx) => {
      const investigation = await tx.lock(Investigation, id);
      await this.assertVisible(tx.em, id, actor);
      const status = investigationStatus.next(investigation.status, action);
      await check?.(investigation, tx);
      investigation.status = status;
      return view(await tx.save(investigation, action));
    });
  }

  private async checkLead(tx: Tx, userId: string): Promise<void> {
    const user = await tx.ref(User, userId, 'leadAnalystId');
    if (!user.roles.includes('analyst') || user.disabledAt) {
      throw new RuleViolationError(
        `${user.email} is not an active analyst and cannot lead an investigation`,
        'not_an_analyst',
        'leadAnalystId',
      );
    }
  }
}
