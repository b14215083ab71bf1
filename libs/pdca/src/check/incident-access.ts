import type { ConfidentialityLevel, IncidentAction } from '@tracker/contracts';
import { ForbiddenError, NotFoundError, ReferenceNotFoundError } from '@tracker/core';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Redactor } from '../shared/confidential-fields';
import type { IncidentScore } from './incident-score.entity';
import type { Incident } from './incident.entity';
import { incidentStatus } from './incident.status';

/**
 * What a `confidential`-level incident is for a user without clearance: nothing. It is not
 * listed, counted, exported or searchable, and reading it by id or reference is a 404, so its
 * existence is not confirmed either. Internal and public incidents are visible to every reader
 * of incidents, with their confidential fields redacted (docs/adr/0006).
 */
export function isHiddenFrom(incident: Pick<Incident, 'confidentiality'>, redactor: Redactor) {
  return incident.confidentiality === 'confidential' && !redactor.cleared;
}

export function assertIncidentVisible(incident: Incident, redactor: Redactor): Incident {
  if (isHiddenFrom(incident, redactor)) throw new NotFoundError('incident', incident.id);
  return incident;
}

/** A hidden incident referred to in a request body is, to that user, a missing one. */
export function assertReferenceVisible(incident: Incident, field: string, redactor: Redactor) {
  if (isHiddenFrom(incident, redactor))
    throw new ReferenceNotFoundError(field, 'incident', incident.id);
  return incident;
}

export function onlyVisibleIncidents<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  redactor: Redactor,
): SelectQueryBuilder<T> {
  if (!redactor.cleared) qb.andWhere(`${alias}.confidentiality <> 'confidential'`);
  return qb;
}

/** Nobody classifies an incident above their own clearance (they could no longer see it). */
export function assertMayClassify(level: ConfidentialityLevel | undefined, redactor: Redactor) {
  if (level === 'confidential' && !redactor.cleared) {
    throw new ForbiddenError(
      'Only users with confidential clearance can classify an incident as confidential',
      'clearance_required',
    );
  }
}

export type IncidentView = Incident & {
  actions: IncidentAction[];
  redactedFields: string[];
  investigationIds?: string[];
  score?: IncidentScore | null;
};

export function incidentView(incident: Incident, redactor: Redactor): IncidentView {
  return redactor.record('incident', {
    ...incident,
    actions: incidentStatus.allowed(incident.status),
  });
}
