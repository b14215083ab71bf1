import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Figures every read needs, kept by the database as their sources change, so reads stop probing
 * other tables row by row (measured at a million incidents: the dashboard fell from ~250 ms):
 * - `investigation.confidential`: it covers a confidential incident (then it is invisible to
 *   readers without clearance, ADR 0006), updated when its incidents or their level change;
 * - `measure.current_rating` / `current_rating_period`: of its latest submitted report;
 * - `incident_stat_brief`: incident counts by status, severity and confidentiality only, folded
 *   from the same delta log as `incident_stat` (a few dozen rows instead of tens of thousands).
 */
export class DerivedFiguresForReads1795261835357 implements MigrationInterface {
  name = 'DerivedFiguresForReads1795261835357';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE investigation ADD COLUMN confidential boolean NOT NULL DEFAULT false`,
    );
    await q.query(`
      CREATE FUNCTION investigation_confidential_set() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.confidential := EXISTS (SELECT 1 FROM incident i
          WHERE i.id = ANY (NEW.incident_ids) AND i.confidentiality = 'confidential');
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER investigation_confidential_set BEFORE INSERT OR UPDATE OF incident_ids ON investigation
      FOR EACH ROW EXECUTE FUNCTION investigation_confidential_set()`);
    await q.query(`
      CREATE FUNCTION incident_confidentiality_spread() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE investigation v SET confidential = EXISTS (SELECT 1 FROM incident i
            WHERE i.id = ANY (v.incident_ids) AND i.confidentiality = 'confidential')
         WHERE v.incident_ids @> ARRAY[NEW.id];
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER incident_confidentiality_spread AFTER UPDATE OF confidentiality ON incident
      FOR EACH ROW WHEN (OLD.confidentiality IS DISTINCT FROM NEW.confidentiality)
      EXECUTE FUNCTION incident_confidentiality_spread()`);
    await q.query(`UPDATE investigation SET incident_ids = incident_ids`);

    await q.query(
      `ALTER TABLE measure ADD COLUMN current_rating text, ADD COLUMN current_rating_period text`,
    );
    await q.query(`
      CREATE FUNCTION measure_current_rating() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE measure m SET (current_rating, current_rating_period) = (
          SELECT r.rating, r.period FROM progress_report r
           WHERE r.measure_id = m.id AND r.status = 'submitted'
           ORDER BY r.period_start DESC LIMIT 1)
         WHERE m.id = NEW.measure_id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER measure_current_rating AFTER INSERT OR UPDATE OF status ON progress_report
      FOR EACH ROW EXECUTE FUNCTION measure_current_rating()`);
    await q.query(`
      UPDATE measure m SET (current_rating, current_rating_period) = (
        SELECT r.rating, r.period FROM progress_report r
         WHERE r.measure_id = m.id AND r.status = 'submitted' ORDER BY r.period_start DESC LIMIT 1)`);

    await q.query(`CREATE TABLE incident_stat_brief (
      status text NOT NULL, severity text NOT NULL, confidentiality text NOT NULL, n bigint NOT NULL,
      PRIMARY KEY (status, severity, confidentiality))`);
    await q.query(`
      INSERT INTO incident_stat_brief
      SELECT status, severity, confidentiality, sum(n) FROM incident_stat GROUP BY 1, 2, 3`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE incident_stat_brief`);
    await q.query(`DROP TRIGGER measure_current_rating ON progress_report`);
    await q.query(`DROP FUNCTION measure_current_rating()`);
    await q.query(
      `ALTER TABLE measure DROP COLUMN current_rating, DROP COLUMN current_rating_period`,
    );
    await q.query(`DROP TRIGGER incident_confidentiality_spread ON incident`);
    await q.query(`DROP FUNCTION incident_confidentiality_spread()`);
    await q.query(`DROP TRIGGER investigation_confidential_set ON investigation`);
    await q.query(`DROP FUNCTION investigation_confidential_set()`);
    await q.query(`ALTER TABLE investigation DROP COLUMN confidential`);
  }
}
