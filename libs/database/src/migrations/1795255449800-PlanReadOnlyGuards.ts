import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Approved and superseded plan versions are read-only in the database too, not only in the
 * service: their content cannot change, and objectives and KPIs change only under a draft.
 */
export class PlanReadOnlyGuards1795255449800 implements MigrationInterface {
  name = 'PlanReadOnlyGuards1795255449800';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION plan_version_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.status <> 'draft' THEN
            RAISE EXCEPTION 'plan version % is % and cannot be deleted', OLD.number, OLD.status
              USING ERRCODE = 'P0001';
          END IF;
          RETURN OLD;
        END IF;
        IF OLD.status IN ('approved', 'superseded') AND (
             NEW.number, NEW.title_ja, NEW.title_en, NEW.summary_ja, NEW.summary_en,
             NEW.fiscal_year_from, NEW.fiscal_year_to, NEW.based_on_id, NEW.hq_proposal_date,
             NEW.hq_proposal_reference, NEW.cabinet_decision_date, NEW.cabinet_decision_number
           ) IS DISTINCT FROM (
             OLD.number, OLD.title_ja, OLD.title_en, OLD.summary_ja, OLD.summary_en,
             OLD.fiscal_year_from, OLD.fiscal_year_to, OLD.based_on_id, OLD.hq_proposal_date,
             OLD.hq_proposal_reference, OLD.cabinet_decision_date, OLD.cabinet_decision_number
           ) THEN
          RAISE EXCEPTION 'plan version % is % and read-only', OLD.number, OLD.status
            USING ERRCODE = 'P0001';
        END IF;
        IF (OLD.status = 'superseded' AND NEW.status <> 'superseded')
           OR (OLD.status = 'approved' AND NEW.status NOT IN ('approved', 'superseded')) THEN
          RAISE EXCEPTION 'plan version % cannot go from % to %', OLD.number, OLD.status, NEW.status
            USING ERRCODE = 'P0001';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER plan_version_guard BEFORE UPDATE OR DELETE ON plan_version
      FOR EACH ROW EXECUTE FUNCTION plan_version_guard()`);

    // A missing parent means the draft itself is being deleted (cascade): that is allowed.
    await q.query(`
      CREATE FUNCTION plan_content_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        parent_status text;
      BEGIN
        SELECT status INTO parent_status FROM plan_version
         WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.plan_version_id ELSE NEW.plan_version_id END;
        IF parent_status IS NOT NULL AND parent_status <> 'draft' THEN
          RAISE EXCEPTION '% of a % plan version cannot change', TG_TABLE_NAME, parent_status
            USING ERRCODE = 'P0001';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    for (const table of ['plan_objective', 'plan_kpi']) {
      await q.query(`
        CREATE TRIGGER ${table}_guard BEFORE INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION plan_content_guard()`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER plan_kpi_guard ON plan_kpi`);
    await q.query(`DROP TRIGGER plan_objective_guard ON plan_objective`);
    await q.query(`DROP FUNCTION plan_content_guard()`);
    await q.query(`DROP TRIGGER plan_version_guard ON plan_version`);
    await q.query(`DROP FUNCTION plan_version_guard()`);
  }
}
