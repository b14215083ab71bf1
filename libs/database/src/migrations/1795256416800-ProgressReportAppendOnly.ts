import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A submitted progress report is history: the database refuses to edit or delete it, whoever
 * connects. The one change allowed is the correction's: submitted → superseded, naming the
 * report that supersedes it.
 */
export class ProgressReportAppendOnly1795256416800 implements MigrationInterface {
  name = 'ProgressReportAppendOnly1795256416800';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION progress_report_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'progress report % (%) is append-only and cannot be deleted', OLD.id, OLD.period
            USING ERRCODE = 'P0001';
        END IF;
        IF OLD.status <> 'submitted' OR NEW.status <> 'superseded' OR NEW.superseded_by_id IS NULL
           OR (NEW.id, NEW.measure_id, NEW.period, NEW.period_start, NEW.period_end,
               NEW.narrative_ja, NEW.narrative_en, NEW.indicator_values, NEW.rating,
               NEW.rating_rationale, NEW.accountable_person, NEW.supersedes_id,
               NEW.correction_reason, NEW.created_at)
              IS DISTINCT FROM
              (OLD.id, OLD.measure_id, OLD.period, OLD.period_start, OLD.period_end,
               OLD.narrative_ja, OLD.narrative_en, OLD.indicator_values, OLD.rating,
               OLD.rating_rationale, OLD.accountable_person, OLD.supersedes_id,
               OLD.correction_reason, OLD.created_at) THEN
          RAISE EXCEPTION 'progress report % (%) is append-only; submit a correction instead', OLD.id, OLD.period
            USING ERRCODE = 'P0001';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER progress_report_guard BEFORE UPDATE OR DELETE ON progress_report
      FOR EACH ROW EXECUTE FUNCTION progress_report_guard()`);
    await q.query(`
      CREATE TRIGGER progress_report_no_truncate BEFORE TRUNCATE ON progress_report
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER progress_report_no_truncate ON progress_report`);
    await q.query(`DROP TRIGGER progress_report_guard ON progress_report`);
    await q.query(`DROP FUNCTION progress_report_guard()`);
  }
}
