import type { Permission, TraceType } from '@tracker/contracts';
import { coversConfidentialIncident } from '../check/case-file-access';

/**
 * The links of the cycle, each oriented along it (incident → … → plan KPI). `down` finds the
 * pairs (from, to) whose `from` is in $1; `up` those whose `to` is in $1. A trace walks `up`
 * from its record to what caused it, and `down` to what it changed, never mixing the two, so a
 * plan amendment reaches its incidents without pulling in the rest of the database.
 */
export interface TraceRelation {
  from: TraceType;
  to: TraceType;
  relation: string;
  down: string;
  up: string;
}

/** Pairs from a uuid-array column: (element, row id), or (row id, element). */
const arrayLink = (table: string, column: string) => ({
  down: `SELECT x AS from_id, t.id AS to_id FROM ${table} t CROSS JOIN unnest(t.${column}) x
          WHERE t.${column} && $1::uuid[] AND x = ANY($1::uuid[])`,
  up: `SELECT x AS from_id, t.id AS to_id FROM ${table} t CROSS JOIN unnest(t.${column}) x
        WHERE t.id = ANY($1::uuid[])`,
});

/** Pairs from a foreign-key column: (fk, row id). */
const keyLink = (table: string, column: string) => ({
  down: `SELECT t.${column} AS from_id, t.id AS to_id FROM ${table} t WHERE t.${column} = ANY($1::uuid[])`,
  up: `SELECT t.${column} AS from_id, t.id AS to_id FROM ${table} t
        WHERE t.id = ANY($1::uuid[]) AND t.${column} IS NOT NULL`,
});

export const TRACE_RELATIONS: readonly TraceRelation[] = [
  {
    from: 'incident',
    to: 'investigation',
    relation: 'investigated_in',
    ...arrayLink('investigation', 'incident_ids'),
  },
  {
    from: 'investigation',
    to: 'finding',
    relation: 'found',
    ...keyLink('finding', 'investigation_id'),
  },
  { from: 'finding', to: 'guidance', relation: 'grounds', ...arrayLink('guidance', 'finding_ids') },
  {
    from: 'finding',
    to: 'amendment',
    relation: 'justifies',
    ...arrayLink('amendment', 'finding_ids'),
  },
  {
    from: 'guidance',
    to: 'amendment',
    relation: 'justifies',
    ...arrayLink('amendment', 'guidance_ids'),
  },
  {
    from: 'guidance',
    to: 'guidance',
    relation: 'revised_as',
    ...keyLink('guidance', 'previous_version_id'),
  },
  {
    from: 'amendment',
    to: 'plan_version',
    relation: 'opened',
    ...keyLink('plan_version', 'amendment_id'),
  },
  {
    from: 'plan_version',
    to: 'plan_objective',
    relation: 'has_objective',
    ...keyLink('plan_objective', 'plan_version_id'),
  },
  {
    from: 'plan_objective',
    to: 'plan_kpi',
    relation: 'measured_by',
    ...keyLink('plan_kpi', 'objective_id'),
  },
  {
    from: 'plan_objective',
    to: 'measure',
    relation: 'served_by',
    down: `SELECT objective_id AS from_id, measure_id AS to_id FROM measure_objective WHERE objective_id = ANY($1::uuid[])`,
    up: `SELECT objective_id AS from_id, measure_id AS to_id FROM measure_objective WHERE measure_id = ANY($1::uuid[])`,
  },
  {
    from: 'measure',
    to: 'measure_kpi',
    relation: 'has_kpi',
    ...keyLink('measure_kpi', 'measure_id'),
  },
  {
    from: 'measure_kpi',
    to: 'plan_kpi',
    relation: 'moves',
    down: `SELECT id AS from_id, plan_kpi_id AS to_id FROM measure_kpi WHERE id = ANY($1::uuid[]) AND plan_kpi_id IS NOT NULL`,
    up: `SELECT id AS from_id, plan_kpi_id AS to_id FROM measure_kpi WHERE plan_kpi_id = ANY($1::uuid[])`,
  },
];

/**
 * How each record type appears as a node: its label and status (never a confidential field),
 * whether it belongs to a confidential case file, and the permission that reads its content.
 * `$1` is the uuid array of ids to load.
 */
export const TRACE_NODES: Record<TraceType, { permission: Permission; sql: string }> = {
  incident: {
    permission: 'incidents.read',
    sql: `SELECT id, reference || ' ' || coalesce(title_ja, title_en, '') AS label, status,
                 confidentiality = 'confidential' AS confidential
            FROM incident WHERE id = ANY($1::uuid[])`,
  },
  investigation: {
    permission: 'investigations.read',
    sql: `SELECT v.id, coalesce(v.title_ja, v.title_en, left(v.scope, 80)) AS label, v.status,
                 ${coversConfidentialIncident('v.id')} AS confidential
            FROM investigation v WHERE v.id = ANY($1::uuid[])`,
  },
  finding: {
    permission: 'investigations.read',
    sql: `SELECT f.id, left(coalesce(f.statement_ja, f.statement_en, ''), 80) AS label, f.status,
                 ${coversConfidentialIncident('f.investigation_id')} AS confidential
            FROM finding f WHERE f.id = ANY($1::uuid[])`,
  },
  guidance: {
    permission: 'guidance.read',
    sql: `SELECT id, reference_number || ' 第' || version_number || '版 ' || title_ja AS label, status,
                 false AS confidential FROM guidance WHERE id = ANY($1::uuid[])`,
  },
  amendment: {
    permission: 'amendments.read',
    sql: `SELECT id, target_name || ': ' || left(proposed_change_ja, 60) AS label, status,
                 false AS confidential FROM amendment WHERE id = ANY($1::uuid[])`,
  },
  plan_version: {
    permission: 'plan.read',
    sql: `SELECT id, title_ja || ' 第' || number || '版' AS label, status, false AS confidential
            FROM plan_version WHERE id = ANY($1::uuid[])`,
  },
  plan_objective: {
    permission: 'plan.read',
    sql: `SELECT o.id, o.code || ' ' || o.title_ja AS label, v.status, false AS confidential
            FROM plan_objective o JOIN plan_version v ON v.id = o.plan_version_id
           WHERE o.id = ANY($1::uuid[])`,
  },
  plan_kpi: {
    permission: 'plan.read',
    sql: `SELECT k.id, k.code || ' ' || k.indicator_ja AS label, v.status, false AS confidential
            FROM plan_kpi k JOIN plan_version v ON v.id = k.plan_version_id
           WHERE k.id = ANY($1::uuid[])`,
  },
  measure: {
    permission: 'measures.read',
    sql: `SELECT id, code || ' ' || title_ja AS label, status, false AS confidential
            FROM measure WHERE id = ANY($1::uuid[])`,
  },
  measure_kpi: {
    permission: 'measures.read',
    sql: `SELECT k.id, k.indicator_ja AS label, m.status, false AS confidential
            FROM measure_kpi k JOIN measure m ON m.id = k.measure_id WHERE k.id = ANY($1::uuid[])`,
  },
};
