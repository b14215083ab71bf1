/**
 * Names of the record types as they appear in the audit trail, history and traces.
 * They equal the table names, so an auditor can read them straight off the database.
 */
export const ENTITY_TYPES = [
  'app_user',
  'plan_version',
  'plan_objective',
  'plan_kpi',
  'organisation',
  'incident',
  'investigation',
  'information_request',
  'finding',
  'comment',
  'review_task',
  'notification',
  'measure',
  'measure_milestone',
  'measure_kpi',
  'progress_report',
  'guidance',
  'amendment',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
