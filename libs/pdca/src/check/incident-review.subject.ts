import { Injectable } from '@nestjs/common';
import type { Tx } from '@tracker/audit';
import type { ReviewKind } from '@tracker/contracts';
import { RuleViolationError } from '@tracker/core';
import {
  ReviewSubject,
  type ReviewSubjectHandler,
  type SubjectForReview,
} from '../review/review-subject';
import { routedMinistry } from '../review/reviewer-routing';
import { TriageIncidentDto } from './incident.dto';
import { Incident } from './incident.entity';
import { triageMinistry } from './incident-triage.rules';
import { IncidentsService } from './incidents.service';

/**
 * A reported incident as its triage task shows it and routes it, for a caller that holds the
 * incident locked: its analysts are the sector ministry's.
 */
export async function triageSubject(tx: Tx, incident: Incident): Promise<SubjectForReview> {
  // The inbox shows a confidential incident by its reference only (ADR 0006).
  const title =
    incident.confidentiality === 'confidential' ? '' : ` ${incident.titleJa ?? incident.titleEn}`;
  return {
    label: `${incident.reference}${title}`,
    assignedRole: 'analyst',
    ministry: await routedMinistry(tx, triageMinistry(incident.sector), 'analyst'),
  };
}

/**
 * Incidents in review: a reported incident waits for triage by the analysts of the ministry
 * competent for its sector (the Cabinet Office's when that ministry has none). Approving the
 * task triages the incident, with the severity the analyst settles on (`data.severity`, else the
 * one it has). A triage is not sent back: an incident that is not to be triaged is dismissed or
 * marked a duplicate on the incident, which closes the task.
 */
@Injectable()
@ReviewSubject()
export class IncidentReviewSubject implements ReviewSubjectHandler<TriageIncidentDto> {
  readonly subjectType = 'incident';
  readonly decidePermission = 'incidents.write';
  readonly approvalData = TriageIncidentDto;

  constructor(private readonly incidents: IncidentsService) {}

  async awaitingReview(tx: Tx, id: string, kind: ReviewKind) {
    if (kind !== 'triage') return null;
    const incident = await tx.em.findOne(Incident, {
      where: { id },
      lock: { mode: 'pessimistic_read' },
    });
    if (incident?.status !== 'reported') return null;
    return triageSubject(tx, incident);
  }

  async approve(tx: Tx, id: string, data: TriageIncidentDto | undefined) {
    await this.incidents.triageIn(tx, id, data ?? {});
  }

  requestChanges(): Promise<void> {
    throw new RuleViolationError(
      'A triage is not sent back: dismiss the incident or mark it a duplicate instead',
      'triage_not_returnable',
    );
  }
}
