import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Columns of a guidance version that make up its text: frozen once it is issued. */
const CONTENT = [
  'id',
  'reference_number',
  'version_number',
  'previous_version_id',
  'kind',
  'addressee_organisation_ids',
  'addressee_sector',
  'finding_ids',
  'legal_basis',
  'title_ja',
  'title_en',
  'body_ja',
  'body_en',
  'issuing_authority',
  'public',
  'issue_date',
  'created_at',
];
const row = (alias: string) => `(${CONTENT.map((c) => `${alias}.${c}`).join(', ')})`;

/**
 * What schema generation cannot express for the Act stage:
 * - an issued guidance text never changes, whoever connects: a trigger refuses any change to
 *   the content (and finding links) of issued, withdrawn and superseded versions, their
 *   deletion, and any status move out of them except issued → withdrawn | superseded; the
 *   follow-up, acknowledgement, withdrawal and supersession fields stay writable;
 * - the sequence behind guidance reference numbers (AIG-<year>-<n>);
 * - GIN indexes on the uuid arrays the trace and the link checks search;
 * - the view `pdca_cycle` of fiscal years (cycles are derived, not stored).
 */
export class GuidanceImmutableAndCycles1795259920500 implements MigrationInterface {
  name = 'GuidanceImmutableAndCycles1795259920500';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE guidance_reference_seq AS bigint START 1 NO CYCLE`);
    await q.query(`CREATE INDEX ix_guidance_findings ON guidance USING gin (finding_ids)`);
    await q.query(`CREATE INDEX ix_amendment_findings ON amendment USING gin (finding_ids)`);
    await q.query(`CREATE INDEX ix_amendment_guidance ON amendment USING gin (guidance_ids)`);
    await q.query(`
      CREATE FUNCTION guidance_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.status <> 'draft' THEN
            RAISE EXCEPTION 'guidance % v% is % and cannot be deleted',
              OLD.reference_number, OLD.version_number, OLD.status USING ERRCODE = 'P0001';
          END IF;
          RETURN OLD;
        END IF;
        IF OLD.status IN ('issued', 'withdrawn', 'superseded')
           AND ${row('NEW')} IS DISTINCT FROM ${row('OLD')} THEN
          RAISE EXCEPTION 'guidance % v% is % and its text never changes; revise it instead',
            OLD.reference_number, OLD.version_number, OLD.status USING ERRCODE = 'P0001';
        END IF;
        IF (OLD.status = 'issued' AND NEW.status NOT IN ('issued', 'withdrawn', 'superseded'))
           OR (OLD.status IN ('withdrawn', 'superseded') AND NEW.status <> OLD.status) THEN
          RAISE EXCEPTION 'guidance % v% cannot go from % to %',
            OLD.reference_number, OLD.version_number, OLD.status, NEW.status USING ERRCODE = 'P0001';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER guidance_guard BEFORE UPDATE OR DELETE ON guidance
      FOR EACH ROW EXECUTE FUNCTION guidance_guard()`);
    await q.query(`
      CREATE TRIGGER guidance_no_truncate BEFORE TRUNCATE ON guidance
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
    await q.query(`
      CREATE VIEW pdca_cycle AS
      WITH today AS (
        SELECT (now() AT TIME ZONE 'Asia/Tokyo')::date AS d
      ), this_year AS (
        SELECT d, (extract(year FROM d - interval '3 months'))::int AS fy FROM today
      ), first_year AS (
        SELECT min(least(fiscal_year_from, (extract(year FROM cabinet_decision_date - interval '3 months'))::int)) AS fy
          FROM plan_version WHERE status IN ('approved', 'superseded')
      )
      SELECT y AS id,
             y AS fiscal_year,
             to_char(make_date(y, 4, 1), 'YYYY-MM-DD') AS starts_on,
             to_char(make_date(y + 1, 3, 31), 'YYYY-MM-DD') AS ends_on,
             y = t.fy AS "current",
             (SELECT v.id FROM plan_version v
               WHERE v.status IN ('approved', 'superseded')
                 AND v.cabinet_decision_date <= least(make_date(y + 1, 3, 31), t.d)
               ORDER BY v.cabinet_decision_date DESC, v.number DESC LIMIT 1) AS plan_version_id
        FROM this_year t, first_year f,
             generate_series(least(coalesce(f.fy, t.fy), t.fy), t.fy) AS y`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW pdca_cycle`);
    await q.query(`DROP TRIGGER guidance_no_truncate ON guidance`);
    await q.query(`DROP TRIGGER guidance_guard ON guidance`);
    await q.query(`DROP FUNCTION guidance_guard()`);
    await q.query(`DROP INDEX ix_amendment_guidance`);
    await q.query(`DROP INDEX ix_amendment_findings`);
    await q.query(`DROP INDEX ix_guidance_findings`);
    await q.query(`DROP SEQUENCE guidance_reference_seq`);
  }
}
