import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What schema generation cannot express for the Check stage:
 * - the sequence behind incident references (INC-<year>-<n>): concurrent intakes draw numbers
 *   without waiting on a shared counter row, and a number is never handed out twice;
 * - pg_trgm GIN indexes, so the ILIKE search over titles and summaries (Japanese substrings
 *   included) stays fast on a million incidents;
 * - GIN indexes on the array columns lists filter with `&&` / `@>`.
 * The entities declare these indexes with `synchronize: false`, so generation leaves them be.
 */
export class CheckSearchAndReferences1795256501900 implements MigrationInterface {
  name = 'CheckSearchAndReferences1795256501900';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE SEQUENCE incident_reference_seq AS bigint START 1 NO CYCLE`);
    await q.query(`
      CREATE INDEX ix_incident_text_trgm ON incident USING gin (
        title_ja gin_trgm_ops, title_en gin_trgm_ops, summary_ja gin_trgm_ops, summary_en gin_trgm_ops
      )`);
    await q.query(
      `CREATE INDEX ix_incident_risk_categories ON incident USING gin (risk_categories)`,
    );
    await q.query(
      `CREATE INDEX ix_incident_organisations ON incident USING gin (organisation_ids)`,
    );
    await q.query(`CREATE INDEX ix_incident_sequence ON incident (sequence)`);
    await q.query(
      `CREATE INDEX ix_investigation_incidents ON investigation USING gin (incident_ids)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_investigation_incidents`);
    await q.query(`DROP INDEX ix_incident_sequence`);
    await q.query(`DROP INDEX ix_incident_organisations`);
    await q.query(`DROP INDEX ix_incident_risk_categories`);
    await q.query(`DROP INDEX ix_incident_text_trgm`);
    await q.query(`DROP SEQUENCE incident_reference_seq`);
    // The migration created it, so reverting removes it: a revert leaves the schema as it found it.
    await q.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
