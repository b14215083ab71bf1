import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Incident triage (ADR 0014): what the triage job scored, one row per incident beside it (its
 * write leaves the incident's version and indexes alone), a `context` on review tasks for what the job found for the
 * reviewer (the duplicate candidates of a triage task), and the indexes of the duplicate search.
 *
 * The search asks for the nearest titles (pg_trgm `<->`, within the `%` threshold) among
 * incidents that happened around the same day. A GiST index over (occurred_date, title) serves
 * exactly that: btree_gist lets the date lead, so the tree is grouped by date and the search
 * walks only the window, in order of distance, and stops at the first few. The GIN trigram
 * index of the list search (CheckSearchAndReferences) cannot stop early: it collects every
 * similar title first, seconds on a register where a kind of case recurs by the thousand.
 */
export class IncidentTriage1795263000000 implements MigrationInterface {
  name = 'IncidentTriage1795263000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`
      CREATE TABLE incident_score (
        id uuid PRIMARY KEY REFERENCES incident (id) ON DELETE RESTRICT,
        scored_severity text NOT NULL,
        priority text NOT NULL,
        points integer NOT NULL,
        scored_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`ALTER TABLE review_task ADD COLUMN context jsonb`);
    for (const language of ['ja', 'en']) {
      await q.query(`
        CREATE INDEX ix_incident_title_${language}_near ON incident
         USING gist (occurred_date, title_${language} gist_trgm_ops (siglen = 64))`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_incident_title_en_near`);
    await q.query(`DROP INDEX ix_incident_title_ja_near`);
    await q.query(`ALTER TABLE review_task DROP COLUMN context`);
    await q.query(`DROP TABLE incident_score`);
    // pg_trgm stays: CheckSearchAndReferences created it and its own down removes it.
    await q.query(`DROP EXTENSION IF EXISTS btree_gist`);
  }
}
