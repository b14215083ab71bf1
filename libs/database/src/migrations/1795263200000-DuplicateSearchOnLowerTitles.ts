import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The duplicate search's GiST indexes on the plain title columns also serve `ILIKE` (pg_trgm's
 * GiST operator class does), and the planner chose them for the incident list's free-text
 * search, where a walk of the whole date-led tree takes seconds. Indexing `lower(title)`
 * instead keeps them to the duplicate search alone (which compares lowered titles: trigrams
 * ignore case anyway), and leaves the list's search to its GIN index.
 */
export class DuplicateSearchOnLowerTitles1795263200000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const language of ['ja', 'en']) {
      await q.query(`DROP INDEX ix_incident_title_${language}_near`);
      await q.query(`
        CREATE INDEX ix_incident_title_${language}_near ON incident
         USING gist (occurred_date, lower(title_${language}) gist_trgm_ops (siglen = 64))`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const language of ['ja', 'en']) {
      await q.query(`DROP INDEX ix_incident_title_${language}_near`);
      await q.query(`
        CREATE INDEX ix_incident_title_${language}_near ON incident
         USING gist (occurred_date, title_${language} gist_trgm_ops (siglen = 64))`);
    }
  }
}
