import { Injectable } from '@nestjs/common';
import { UnitOfWork, type Tx } from '@tracker/audit';
import { systemActor } from '@tracker/core';
import { ReviewWorkflow } from '../review/review-workflow.service';
import { findDuplicates } from './incident-duplicates';
import { triageSubject } from './incident-review.subject';
import { Incident } from './incident.entity';
import { IncidentScore } from './incident-score.entity';
import { scoreIncident, type TriageScore } from './incident-triage.rules';

export interface TriageOutcome {
  /** `skipped`: the incident is gone or no longer reported (it moved on). */
  result: 'triaged' | 'skipped';
  /** The scores were new or changed and were written (audited as `incident_score.*`). */
  scored: boolean;
  /** The task opened now; null when one was already waiting. */
  taskId: string | null;
  candidates: number;
}

/**
 * The triage of a reported incident, from its job: score it, look for likely duplicates and
 * open the triage task for the analysts, all in one transaction. It rechecks the incident's
 * state under a lock first, so a second delivery, or one after the incident moved on, changes
 * nothing: the score is written only when new or different and the review engine opens at most
 * one waiting task per incident. The incident row itself is only locked, never written.
 */
@Injectable()
export class IncidentTriageService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly reviews: ReviewWorkflow,
  ) {}

  triage(incidentId: string): Promise<TriageOutcome> {
    return this.uow.run(systemActor('triage'), async (tx) => {
      const incident = await tx.em.findOne(Incident, {
        where: { id: incidentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!incident || incident.status !== 'reported') {
        return { result: 'skipped', scored: false, taskId: null, candidates: 0 };
      }
      const score = scoreIncident(incident);
      const scored = await this.writeScore(tx, incident.id, score);
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
        await triageSubject(tx, incident),
      );
      return {
        result: 'triaged' as const,
        scored,
        taskId: task?.id ?? null,
        candidates: candidates.length,
      };
    });
  }

  /**
   * Stores the score unless it is already there as computed; true when it wrote. The first
   * triage of an incident (nearly every one) is a single statement: insert and audit.
   */
  private async writeScore(tx: Tx, incidentId: string, score: TriageScore): Promise<boolean> {
    const values = {
      scoredSeverity: score.scoredSeverity,
      priority: score.priority,
      points: score.points,
    };
    const inserted = await tx.insertFrom(
      IncidentScore,
      {
        sql: 'SELECT $1::uuid AS id, $2::text AS scored_severity, $3::text AS priority, $4::int AS points',
        params: [incidentId, values.scoredSeverity, values.priority, values.points],
        columns: ['id', 'scored_severity', 'priority', 'points'],
      },
      { onConflict: 'ON CONFLICT (id) DO NOTHING' },
    );
    if (inserted.length) return true;
    const existing = await tx.get(IncidentScore, incidentId, 'update');
    const same = (Object.keys(values) as (keyof typeof values)[]).every(
      (k) => existing[k] === values[k],
    );
    if (same) return false;
    Object.assign(existing, values, { scoredAt: new Date() });
    await tx.save(existing);
    return true;
  }
}
