import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@tracker/audit';
import { systemActor } from '@tracker/core';
import { ReviewWorkflow } from '../review/review-workflow.service';
import { findDuplicates } from './incident-duplicates';
import { Incident } from './incident.entity';
import { scoreIncident } from './incident-triage.rules';

export interface TriageOutcome {
  /** `skipped`: the incident is gone or no longer reported (it moved on). */
  result: 'triaged' | 'skipped';
  /** The scores changed and were written (audited as `incident.score`). */
  scored: boolean;
  /** The task opened now; null when one was already waiting. */
  taskId: string | null;
  candidates: number;
}

/**
 * The triage of a reported incident, from its job: score it, look for likely duplicates and
 * open the triage task for the analysts, all in one transaction. It rechecks the incident's
 * state under a lock first, so a second delivery, or one after the incident moved on, changes
 * nothing: the scores are written only when they differ and the review engine opens at most
 * one waiting task per incident.
 */
@Injectable()
export class IncidentTriageService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly reviews: ReviewWorkflow,
  ) {}

  triage(incidentId: string): Promise<TriageOutcome> {
    return this.uow.run(systemActor('triage'), async (tx) => {
      const found = await tx.em.findOne(Incident, {
        where: { id: incidentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found || found.status !== 'reported') {
        return { result: 'skipped', scored: false, taskId: null, candidates: 0 };
      }
      const incident = tx.track(found);
      const score = scoreIncident(incident);
      const scored =
        incident.scoredSeverity !== score.scoredSeverity || incident.priority !== score.priority;
      if (scored) {
        incident.scoredSeverity = score.scoredSeverity;
        incident.priority = score.priority;
        await tx.save(incident, 'score');
      }
      const candidates = await findDuplicates(tx.em, incident);
      const task = await this.reviews.openIn(
        tx,
        { subjectType: 'incident', subjectId: incident.id, kind: 'triage', submittedById: null },
        {
          severity: incident.severity,
          scoredSeverity: score.scoredSeverity,
          priority: score.priority,
          points: score.points,
          duplicateCandidates: candidates,
        },
      );
      return {
        result: 'triaged',
        scored,
        taskId: task?.id ?? null,
        candidates: candidates.length,
      };
    });
  }
}
