import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Incident counts by status, severity, sector, confidentiality and month, for the dashboard and
 * statistics, without a GROUP BY over every incident on each read (60–100 ms per panel at a
 * million incidents) and without a counter row every writer would queue on.
 *
 * A trigger appends a ±1 delta per changed incident to `incident_stat_delta` (insert-only, so
 * writers never wait on each other); a scheduled job folds deltas into `incident_stat`. Readers
 * sum both, so counts are exact whether or not the fold has run.
 */
export class IncidentStatistics1795259606461 implements MigrationInterface {
  name = 'IncidentStatistics1795259606461';

  public async up(q: QueryRunner): Promise<void> {
    const key = `status text NOT NULL, severity text NOT NULL, sector text NOT NULL,
                 confidentiality text NOT NULL, month date NOT NULL`;
    await q.query(`CREATE TABLE incident_stat (${key}, n bigint NOT NULL,
      PRIMARY KEY (status, severity, sector, confidentiality, month))`);
    await q.query(`CREATE TABLE incident_stat_delta (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, ${key}, n integer NOT NULL)`);
    await q.query(`
      CREATE FUNCTION incident_stat_track() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed boolean := TG_OP <> 'UPDATE' OR
          (OLD.status, OLD.severity, OLD.sector, OLD.confidentiality, date_trunc('month', OLD.reported_date))
          IS DISTINCT FROM
          (NEW.status, NEW.severity, NEW.sector, NEW.confidentiality, date_trunc('month', NEW.reported_date));
      BEGIN
        IF NOT changed THEN RETURN NULL; END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          INSERT INTO incident_stat_delta (status, severity, sector, confidentiality, month, n)
          VALUES (OLD.status, OLD.severity, OLD.sector, OLD.confidentiality,
                  date_trunc('month', OLD.reported_date)::date, -1);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO incident_stat_delta (status, severity, sector, confidentiality, month, n)
          VALUES (NEW.status, NEW.severity, NEW.sector, NEW.confidentiality,
                  date_trunc('month', NEW.reported_date)::date, 1);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER incident_stat_track AFTER INSERT OR UPDATE OR DELETE ON incident
      FOR EACH ROW EXECUTE FUNCTION incident_stat_track()`);
    await q.query(`
      INSERT INTO incident_stat
      SELECT status, severity, sector, confidentiality, date_trunc('month', reported_date)::date, count(*)
        FROM incident GROUP BY 1, 2, 3, 4, 5`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER incident_stat_track ON incident`);
    await q.query(`DROP FUNCTION incident_stat_track()`);
    await q.query(`DROP TABLE incident_stat_delta`);
    await q.query(`DROP TABLE incident_stat`);
  }
}
