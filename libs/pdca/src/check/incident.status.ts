import type { IncidentAction, IncidentStatus } from '@tracker/contracts';
import { RuleViolationError } from '@tracker/core/errors';
import { defineStateMachine } from '@tracker/core/state-machine';

/**
 * reported → triaged → under_investigation → closed, or dismissed, or duplicate. A triaged
 * incident that needs no investigation may be closed directly; only an investigation moves an
 * incident to under_investigation (`investigate` is internal). Closed, dismissed and duplicate
 * are final: a duplicate is never deleted and its reference keeps resolving.
 */
export const incidentStatus = defineStateMachine<IncidentStatus, IncidentAction>('incident', {
  triage: { from: ['reported'], to: 'triaged' },
  investigate: { from: ['reported', 'triaged'], to: 'under_investigation', internal: true },
  close: { from: ['triaged', 'under_investigation'], to: 'closed' },
  dismiss: { from: ['reported', 'triaged'], to: 'dismissed' },
  duplicate: { from: ['reported', 'triaged'], to: 'duplicate' },
});

export const INCIDENT_FINAL_STATUSES: readonly IncidentStatus[] = [
  'closed',
  'dismissed',
  'duplicate',
];

/** An investigation can take in an incident that is still open. */
export function canBeInvestigated(status: IncidentStatus): boolean {
  return status === 'under_investigation' || incidentStatus.can(status, 'investigate');
}

/**
 * The incident another one duplicates must be a different incident that is not itself a
 * duplicate, so every reference resolves to a surviving incident in one step.
 */
export function assertDuplicateTarget(
  incident: { id: string },
  target: { id: string; status: IncidentStatus; reference: string },
): void {
  if (target.id === incident.id) {
    throw new RuleViolationError(
      'An incident cannot be a duplicate of itself',
      'duplicate_of_itself',
      'duplicateOfId',
    );
  }
  if (target.status === 'duplicate') {
    throw new RuleViolationError(
      `${target.reference} is itself a duplicate; point to the incident it duplicates`,
      'duplicate_of_duplicate',
      'duplicateOfId',
    );
  }
}
