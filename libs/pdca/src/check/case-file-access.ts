import { NotFoundError, ReferenceNotFoundError } from '@tracker/core';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Redactor } from '../shared/confidential-fields';

/**
 * An investigation of a confidential-level incident is, like the incident itself, invisible to
 * users without clearance: the investigation, its information requests and its findings
 * (docs/adr/0006). `investigationId` is the SQL expression of the investigation's id.
 */
export const coversConfidentialIncident = (investigationId: string) =>
  `EXISTS (SELECT 1 FROM investigation cv JOIN incident ci ON ci.id = ANY (cv.incident_ids)
            WHERE cv.id = ${investigationId} AND ci.confidentiality = 'confidential')`;

export function onlyVisibleCaseFiles<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  investigationId: string,
  redactor: Redactor,
): SelectQueryBuilder<T> {
  if (!redactor.cleared) qb.andWhere(`NOT ${coversConfidentialIncident(investigationId)}`);
  return qb;
}

interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<{ id: string }[]>;
}

/** Of the given investigations, those the reader may not see. */
export async function hiddenInvestigations(
  db: Queryable,
  ids: string[],
  redactor: Redactor,
): Promise<Set<string>> {
  if (redactor.cleared || !ids.length) return new Set();
  const rows = await db.query(
    `SELECT v.id::text AS id FROM investigation v
      WHERE v.id = ANY ($1::uuid[]) AND ${coversConfidentialIncident('v.id')}`,
    [ids],
  );
  return new Set(rows.map((r) => r.id));
}

/**
 * Refuses a record of a case file the reader may not see as if it did not exist: 404 for the
 * record addressed, or 422 naming `field` when the request body refers to it.
 */
export async function assertCaseFileVisible(
  db: Queryable,
  investigationId: string,
  redactor: Redactor,
  missing: { entity: string; id: string; field?: string },
): Promise<void> {
  if (!(await hiddenInvestigations(db, [investigationId], redactor)).size) return;
  if (missing.field) throw new ReferenceNotFoundError(missing.field, missing.entity, missing.id);
  throw new NotFoundError(missing.entity, missing.id);
}
