import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The evaluations of the cycle (docs/adr/0015), and partial indexes that keep the daily scans
 * to the few rows they are about: open milestones by due date, open information requests by due
 * date, issued guidance by follow-up date, and follow-up tasks by subject.
 */
export class ScansAndCycleEvaluations1795263100000 implements MigrationInterface {
  name = 'ScansAndCycleEvaluations1795263100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "cycle_evaluation" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "version" integer NOT NULL DEFAULT '1',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "cycle_id" integer NOT NULL,
        "period" text NOT NULL,
        "period_kind" text NOT NULL,
        "starts_on" date NOT NULL,
        "ends_on" date NOT NULL,
        "status" text NOT NULL DEFAULT 'queued',
        "requested_by_id" uuid,
        "generated_at" TIMESTAMP WITH TIME ZONE,
        "report" jsonb,
        "failure_reason" text,
        CONSTRAINT "PK_cycle_evaluation" PRIMARY KEY ("id")
      )`);
    await q.query(
      `CREATE INDEX "ix_cycle_evaluation_cycle" ON "cycle_evaluation" ("cycle_id", "created_at")`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_cycle_evaluation_scheduled" ON "cycle_evaluation" ("period")
      WHERE requested_by_id IS NULL`);
    await q.query(`CREATE INDEX ix_measure_milestone_open_due ON measure_milestone (due_date)
      WHERE done_on IS NULL`);
    await q.query(`CREATE INDEX ix_information_request_open_due ON information_request (due_date)
      WHERE status = 'open'`);
    await q.query(`CREATE INDEX ix_guidance_follow_up_due ON guidance (follow_up_date)
      WHERE status = 'issued' AND follow_up_result IS NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_guidance_follow_up_due`);
    await q.query(`DROP INDEX ix_information_request_open_due`);
    await q.query(`DROP INDEX ix_measure_milestone_open_due`);
    await q.query(`DROP TABLE "cycle_evaluation"`);
  }
}
