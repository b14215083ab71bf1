/** Statuses, moves and scales of the Check stage: incidents, investigations, requests, findings. */

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * How soon an incident should be worked on, set by triage (libs/pdca/src/check/
 * incident-triage.rules.ts): `urgent` first, `low` last.
 */
export const INCIDENT_PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type IncidentPriority = (typeof INCIDENT_PRIORITIES)[number];

/** Risk level of a finding: the same scale as an incident's severity. */
export const RISK_LEVELS = SEVERITIES;
export type RiskLevel = Severity;

/**
 * How widely an incident may be shown. `public`: may be published (anonymised) later;
 * `internal`: every user who reads incidents; `confidential`: only users with confidential
 * clearance — for anyone else the incident does not exist (docs/adr/0006).
 */
export const CONFIDENTIALITY_LEVELS = ['public', 'internal', 'confidential'] as const;
export type ConfidentialityLevel = (typeof CONFIDENTIALITY_LEVELS)[number];

/** reported → triaged → under_investigation → closed, or dismissed, or duplicate (of another). */
export const INCIDENT_STATUSES = [
  'reported',
  'triaged',
  'under_investigation',
  'closed',
  'dismissed',
  'duplicate',
] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** `investigate` only happens when an investigation opens on (or takes in) the incident. */
export const INCIDENT_ACTIONS = ['triage', 'investigate', 'close', 'dismiss', 'duplicate'] as const;
export type IncidentAction = (typeof INCIDENT_ACTIONS)[number];

export const INVESTIGATION_STATUSES = [
  'open',
  'gathering_information',
  'analysis',
  'findings_in_review',
  'concluded',
] as const;
export type InvestigationStatus = (typeof INVESTIGATION_STATUSES)[number];

export const INVESTIGATION_ACTIONS = ['gather', 'analyse', 'review', 'revise', 'conclude'] as const;
export type InvestigationAction = (typeof INVESTIGATION_ACTIONS)[number];

/** An information request is open until it is answered or explicitly closed without answer. */
export const INFORMATION_REQUEST_STATUSES = ['open', 'answered', 'closed'] as const;
export type InformationRequestStatus = (typeof INFORMATION_REQUEST_STATUSES)[number];

export const INFORMATION_REQUEST_ACTIONS = ['respond', 'close'] as const;
export type InformationRequestAction = (typeof INFORMATION_REQUEST_ACTIONS)[number];

/** How the business cooperated; `pending` while no answer has come. Cooperation is voluntary. */
export const COOPERATION_STATUSES = ['pending', 'responded', 'partial', 'declined'] as const;
export type CooperationStatus = (typeof COOPERATION_STATUSES)[number];

/** What a business may answer with (`pending` is only the state before an answer). */
export const RESPONSE_COOPERATION_STATUSES = ['responded', 'partial', 'declined'] as const;

export const FINDING_STATUSES = ['draft', 'in_review', 'accepted', 'returned'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export const FINDING_ACTIONS = ['submit', 'accept', 'return'] as const;
export type FindingAction = (typeof FINDING_ACTIONS)[number];

/** Records that can carry comments and a timeline. */
export const COMMENTABLE_TYPES = ['incident', 'investigation'] as const;
export type CommentableType = (typeof COMMENTABLE_TYPES)[number];

/**
 * A record read by a user without the clearance for some of its fields carries those fields
 * as `null` and lists them here, so the console can show "redacted" rather than "empty".
 */
export interface RedactionMarker {
  redactedFields: string[];
}
