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
 * same day whose Japanese or English title is nearest (pg_trgm `<->`) and similar enough (`%`),
 * that are not themselves duplicates (every reference resolves to a surviving incident).
 * Confidential incidents are offered only for a confidential incident, so a triage task never
 * shows an analyst a case they may not know of (ADR 0006).
 *
 * Each language is one walk of its GiST index (occurred_date, lower(title)), nearest first, that stops
 * after `maxCandidates`; `SET LOCAL pg_trgm.similarity_threshold` makes `%` use the rules'
 * threshold.
 */
export const DUPLICATES_SQL = `
  WITH near AS (
    (SELECT id, reference, similarity(lower(title_ja), lower($2)) AS similarity
       FROM incident
      WHERE $2 <> '' AND occurred_date BETWEEN $4::date - $5::int AND $4::date + $5::int
        AND lower(title_ja) % lower($2) AND id <> $1 AND status <> 'duplicate'
        AND (confidentiality <> 'confidential' OR $6)
      ORDER BY lower(title_ja) <-> lower($2)
      LIMIT $7)
    UNION ALL
    (SELECT id, reference, similarity(lower(title_en), lower($3))
       FROM incident
      WHERE $3 <> '' AND occurred_date BETWEEN $4::date - $5::int AND $4::date + $5::int
        AND lower(title_en) % lower($3) AND id <> $1 AND status <> 'duplicate'
        AND (confidentiality <> 'confidential' OR $6)
      ORDER BY lower(title_en) <-> lower($3)
      LIMIT $7))
  SELECT id::text AS "incidentId", reference, round(max(similarity)::numeric, 3)::float8 AS similarity
    FROM near
   GROUP BY id, reference
   ORDER BY 3 DESC, reference
   LIMIT $7`;

export function duplicatesParams(probe: DuplicateProbe): unknown[] {
  return [
    probe.id,
    probe.titleJa ?? '',
    probe.titleEn ?? '',
    probe.occurredDate,
    DUPLICATES.windowDays,
    probe.confidentiality === 'confidential',
    DUPLICATES.maxCandidates,
  ];
}

/** Runs the search in the caller's transaction (the threshold is set for it only). */
export async function findDuplicates(
  em: EntityManager,
  probe: DuplicateProbe,
): Promise<DuplicateCandidate[]> {
  if (!probe.titleJa && !probe.titleEn) return [];
  await em.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [
    String(DUPLICATES.threshold),
  ]);
  return em.query(DUPLICATES_SQL, duplicatesParams(probe));
}
