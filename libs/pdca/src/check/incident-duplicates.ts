import { preparedQuery, type PreparedStatement } from '@tracker/database';
import type { EntityManager } from 'typeorm';
import { DUPLICATES } from './incident-triage.rules';

export interface DuplicateCandidate {
  incidentId: string;
  reference: string;
  /** pg_trgm similarity of the closer title pair, 0–1. */
  similarity: number;
}

/** What the search compares: the new incident's titles and where it stands. */
export interface DuplicateProbe {
  id: string;
  titleJa: string | null;
  titleEn: string | null;
  occurredDate: string;
  confidentiality: string;
}

/**
 * Likely duplicates of an incident: the incidents that happened within the window around the
 * same day whose Japanese or English title is nearest (pg_trgm `<->`) and similar enough,
 * that are not themselves duplicates (every reference resolves to a surviving incident).
 * Confidential incidents are offered only for a confidential incident, so a triage task never
 * shows an analyst a case they may not know of (ADR 0006).
 *
 * Each language is one walk of its GiST index (occurred_date, lower(title)), nearest first, that stops
 * after `maxCandidates`; those below the rules' threshold are dropped afterwards. (The nearest
 * are the most similar, as `<->` is 1 − similarity, so this is `%` under that threshold without
 * a `SET LOCAL` for it: one statement less per triage.)
 */
export const DUPLICATES_SQL = `
  WITH near AS (
    (SELECT id, reference, similarity(lower(title_ja), lower($2)) AS similarity
       FROM incident
      WHERE $2 <> '' AND occurred_date BETWEEN $4::date - $5::int AND $4::date + $5::int
        AND id <> $1 AND status <> 'duplicate'
        AND (confidentiality <> 'confidential' OR $6)
      ORDER BY lower(title_ja) <-> lower($2)
      LIMIT $7)
    UNION ALL
    (SELECT id, reference, similarity(lower(title_en), lower($3))
       FROM incident
      WHERE $3 <> '' AND occurred_date BETWEEN $4::date - $5::int AND $4::date + $5::int
        AND id <> $1 AND status <> 'duplicate'
        AND (confidentiality <> 'confidential' OR $6)
      ORDER BY lower(title_en) <-> lower($3)
      LIMIT $7))
  SELECT id::text AS "incidentId", reference, round(max(similarity)::numeric, 3)::float8 AS similarity
    FROM near
   WHERE similarity >= $8
   GROUP BY id, reference
   ORDER BY 3 DESC, reference
   LIMIT $7`;

/**
 * The search as a prepared statement: planning it (pg_trgm's selectivity estimates over the
 * incident table's indexes) costs more than running it, so each connection plans it once.
 */
export const DUPLICATES_STATEMENT: PreparedStatement = {
  name: 'incident_duplicates',
  text: DUPLICATES_SQL,
};

export function duplicatesParams(probe: DuplicateProbe): unknown[] {
  return [
    probe.id,
    probe.titleJa ?? '',
    probe.titleEn ?? '',
    probe.occurredDate,
    DUPLICATES.windowDays,
    probe.confidentiality === 'confidential',
    DUPLICATES.maxCandidates,
    DUPLICATES.threshold,
  ];
}

/** Runs the search in the caller's transaction (the threshold is set for it only). */
export async function findDuplicates(
  em: EntityManager,
  probe: DuplicateProbe,
): Promise<DuplicateCandidate[]> {
  if (!probe.titleJa && !probe.titleEn) return [];
  return preparedQuery(em, DUPLICATES_STATEMENT, duplicatesParams(probe));
}
