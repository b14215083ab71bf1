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
 * Likely duplicates of an incident: other incidents whose Japanese or English title is similar
 * (pg_trgm `%`, served by the trigram GIN index ix_incident_text_trgm), reported in the window
 * around the day it happened, that are not themselves duplicates (every reference resolves to a
 * surviving incident). Confidential incidents are offered only for a confidential incident, so
 * a triage task never shows an analyst a case they may not know of (ADR 0006).
 *
 * `SET LOCAL pg_trgm.similarity_threshold` makes `%` (and so the index) use the threshold of
 * the rules; the arms of the OR each use the index and are merged before the rows are read.
 */
export const DUPLICATES_SQL = `
  SELECT id::text AS "incidentId", reference,
         round(greatest(coalesce(similarity(title_ja, $2), 0),
                        coalesce(similarity(title_en, $3), 0))::numeric, 3)::float8 AS similarity
    FROM incident
   WHERE (title_ja % $2 OR title_en % $3)
     AND id <> $1
     AND status <> 'duplicate'
     AND reported_date BETWEEN $4::date - $5::int AND $4::date + $5::int
     AND (confidentiality <> 'confidential' OR $6)
   ORDER BY similarity DESC, reported_date DESC
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
