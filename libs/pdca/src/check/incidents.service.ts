import { Injectable } from '@nestjs/common';
import { UnitOfWork, type Tx } from '@tracker/audit';
import {
  ConflictError,
  ReferenceNotFoundError,
  RuleViolationError,
  todayInJapan,
  type Actor,
} from '@tracker/core';
import { In } from 'typeorm';
import { ReviewWorkflow } from '../review/review-workflow.service';
import { Redactor } from '../shared/confidential-fields';
import { TimelineService } from '../shared/timeline.service';
import { checkNotBefore, formatIncidentReference, requireOneOf } from './check.rules';
import {
  assertIncidentVisible,
  assertMayClassify,
  assertReferenceVisible,
  incidentView,
  type IncidentView,
} from './incident-access';
import type {
  CloseIncidentDto,
  CreateIncidentDto,
  DismissIncidentDto,
  DuplicateIncidentDto,
  TriageIncidentDto,
  UpdateIncidentDto,
} from './incident.dto';
import { Incident } from './incident.entity';
import { assertDuplicateTarget, INCIDENT_FINAL_STATUSES, incidentStatus } from './incident.status';
import { Organisation } from './organisation.entity';

type IncidentMove = 'triage' | 'close' | 'dismiss' | 'duplicate';

function checkIncident(i: Partial<Incident>): void {
  requireOneOf({ titleJa: i.titleJa, titleEn: i.titleEn }, 'incident title');
  requireOneOf({ summaryJa: i.summaryJa, summaryEn: i.summaryEn }, 'incident summary');
  checkNotBefore(
    { field: 'reportedDate', value: i.reportedDate },
    { field: 'occurredDate', value: i.occurredDate },
  );
}

/** Incident intake, edits and life cycle: one method per transition. */
@Injectable()
export class IncidentsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly timelines: TimelineService,
    private readonly reviews: ReviewWorkflow,
  ) {}

  create(dto: CreateIncidentDto, actor: Actor): Promise<IncidentView> {
    const redactor = new Redactor(actor);
    checkIncident(dto);
    redactor.assertMayWrite('incident', dto);
    assertMayClassify(dto.confidentiality, redactor);
    return this.uow.run(actor, async (tx) => {
      await this.checkOrganisations(tx, dto.organisationIds);
      // A sequence, not a counter row: concurrent intakes never wait on each other.
      const [{ n }] = await tx.em.query(`SELECT nextval('incident_reference_seq')::int AS n`);
      const year = Number(todayInJapan().slice(0, 4));
      const incident = await tx.insert(
        tx.em.create(Incident, {
          ...dto,
          sequence: n,
          reference: formatIncidentReference(year, n),
          status: 'reported',
        }),
      );
      // Scoring, duplicate search and the analysts' triage task follow in the worker.
      await tx.emit('incident.triage', { incidentId: incident.id });
      return incidentView(incident, redactor);
    });
  }

  update(id: string, dto: UpdateIncidentDto, actor: Actor): Promise<IncidentView> {
    const redactor = new Redactor(actor);
    const { version, ...changes } = dto;
    redactor.assertMayWrite('incident', changes);
    assertMayClassify(changes.confidentiality, redactor);
    return this.uow.run(actor, async (tx) => {
      const incident = assertIncidentVisible(await tx.lock(Incident, id, version), redactor);
      if (INCIDENT_FINAL_STATUSES.includes(incident.status)) {
        throw new ConflictError(`A ${incident.status} incident is read-only`, 'read_only', {
          currentStatus: incident.status,
        });
      }
      await this.checkOrganisations(tx, changes.organisationIds);
      Object.assign(incident, changes);
      checkIncident(incident);
      return incidentView(await tx.save(incident), redactor);
    });
  }

  triage(id: string, dto: TriageIncidentDto, actor: Actor): Promise<IncidentView> {
    return this.uow.run(actor, (tx) => this.triageIn(tx, id, dto));
  }

  /** `triage` in the caller's transaction (approving the incident's triage task). */
  triageIn(tx: Tx, id: string, dto: TriageIncidentDto): Promise<IncidentView> {
    return this.moveIn(tx, id, 'triage', (incident) => {
      if (dto.severity) incident.severity = dto.severity;
    });
  }

  close(id: string, dto: CloseIncidentDto, actor: Actor): Promise<IncidentView> {
    return this.move(id, actor, 'close', (incident) => {
      incident.resolution = dto.resolution;
    });
  }

  dismiss(id: string, dto: DismissIncidentDto, actor: Actor): Promise<IncidentView> {
    return this.move(id, actor, 'dismiss', (incident) => {
      incident.dismissalReason = dto.reason;
    });
  }

  /** Marks a duplicate of a surviving incident; the duplicate stays and keeps its reference. */
  duplicate(id: string, dto: DuplicateIncidentDto, actor: Actor): Promise<IncidentView> {
    return this.move(id, actor, 'duplicate', async (incident, tx, redactor) => {
      const target = await tx.ref(Incident, dto.duplicateOfId, 'duplicateOfId', 'share');
      assertReferenceVisible(target, 'duplicateOfId', redactor);
      assertDuplicateTarget(incident, target);
      incident.duplicateOfId = target.id;
    });
  }

  comment(id: string, body: string, actor: Actor) {
    return this.uow.run(actor, async (tx) => {
      assertIncidentVisible(await tx.get(Incident, id, 'share'), new Redactor(actor));
      return this.timelines.addComment(tx, 'incident', id, body);
    });
  }

  /**
   * Moves the incidents an investigation opens on (or takes in) to under_investigation. Part
   * of the investigation's own transaction; incidents already under investigation stay as they
   * are, finished ones are refused.
   */
  async takeIntoInvestigation(tx: Tx, ids: string[], redactor: Redactor): Promise<void> {
    for (const id of [...ids].sort()) {
      const found = await tx.em.findOne(Incident, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) throw new ReferenceNotFoundError('incidentIds', 'incident', id);
      const incident = tx.track(assertReferenceVisible(found, 'incidentIds', redactor));
      if (incident.status === 'under_investigation') continue;
      if (!incidentStatus.can(incident.status, 'investigate')) {
        throw new RuleViolationError(
          `${incident.reference} is ${incident.status} and cannot be investigated`,
          'incident_not_investigable',
          'incidentIds',
          { incidentId: id, currentStatus: incident.status },
        );
      }
      incident.status = incidentStatus.next(incident.status, 'investigate');
      await tx.save(incident, 'investigate');
      await this.reviews.closeForSubject(tx, 'incident', id, 'taken into an investigation');
    }
  }

  private move(
    id: string,
    actor: Actor,
    action: IncidentMove,
    apply: (incident: Incident, tx: Tx, redactor: Redactor) => void | Promise<void>,
  ): Promise<IncidentView> {
    return this.uow.run(actor, (tx) => this.moveIn(tx, id, action, apply));
  }

  /**
   * A move of the incident on behalf of `tx.actor`. Once it leaves `reported` a waiting triage
   * task has nothing left to decide, so it is closed in the same transaction.
   */
  private async moveIn(
    tx: Tx,
    id: string,
    action: IncidentMove,
    apply: (incident: Incident, tx: Tx, redactor: Redactor) => void | Promise<void>,
  ): Promise<IncidentView> {
    const redactor = new Redactor(tx.actor);
    const incident = assertIncidentVisible(await tx.lock(Incident, id), redactor);
    const status = incidentStatus.next(incident.status, action);
    await apply(incident, tx, redactor);
    incident.status = status;
    const saved = await tx.save(incident, action);
    await this.reviews.closeForSubject(tx, 'incident', id, `the incident was ${status}`);
    return incidentView(saved, redactor);
  }

  /** Every organisation must exist, and stay so until the incident is written. */
  private async checkOrganisations(tx: Tx, ids: string[] | undefined): Promise<void> {
    if (!ids?.length) return;
    const found = await tx.em.find(Organisation, {
      where: { id: In(ids) },
      lock: { mode: 'pessimistic_read' },
    });
    const known = new Set(found.map((o) => o.id));
    const missing = ids.find((id) => !known.has(id.toLowerCase()));
    if (missing) throw new ReferenceNotFoundError('organisationIds', 'organisation', missing);
  }
}
