import { MigrationInterface, QueryRunner } from 'typeorm';

export class MeasuresAndProgressReports1795256416692 implements MigrationInterface {
  name = 'MeasuresAndProgressReports1795256416692';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "measure" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "code" text NOT NULL,
                "title_ja" text NOT NULL,
                "title_en" text NOT NULL,
                "description_ja" text,
                "description_en" text,
                "lead_ministry" text NOT NULL,
                "cooperating_ministries" text array NOT NULL DEFAULT '{}',
                "actor_type" text NOT NULL,
                "category" text NOT NULL,
                "legal_nature" text NOT NULL,
                "budget_yen" bigint,
                "start_date" date NOT NULL,
                "due_date" date NOT NULL,
                "reporting_frequency" text NOT NULL DEFAULT 'quarterly',
                "status" text NOT NULL DEFAULT 'planned',
                "status_reason" text,
                "completed_on" date,
                CONSTRAINT "ck_measure_budget" CHECK ("budget_yen" >= 0),
                CONSTRAINT "ck_measure_dates" CHECK ("due_date" >= "start_date"),
                CONSTRAINT "PK_ddc1ad2a86717cedc808809423e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_measure_code" ON "measure" ("code")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_measure_lead_ministry" ON "measure" ("lead_ministry")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_measure_status" ON "measure" ("status")
        `);
    await queryRunner.query(`
            CREATE TABLE "measure_kpi" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "measure_id" uuid NOT NULL,
                "indicator_ja" text NOT NULL,
                "indicator_en" text NOT NULL,
                "baseline" numeric NOT NULL,
                "target" numeric NOT NULL,
                "unit" text NOT NULL,
                "target_date" date NOT NULL,
                "plan_kpi_id" uuid,
                "plan_kpi_lineage_id" uuid,
                CONSTRAINT "PK_40a326fcd8cec2681ecb1fdec87" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_measure_kpi_measure" ON "measure_kpi" ("measure_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_measure_kpi_plan_kpi_lineage" ON "measure_kpi" ("plan_kpi_lineage_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "measure_milestone" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "measure_id" uuid NOT NULL,
                "title_ja" text NOT NULL,
                "title_en" text NOT NULL,
                "due_date" date NOT NULL,
                "done_on" date,
                CONSTRAINT "PK_90373473da5f744b3c21b306175" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_measure_milestone_measure" ON "measure_milestone" ("measure_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "measure_objective" (
                "measure_id" uuid NOT NULL,
                "objective_id" uuid NOT NULL,
                "plan_version_id" uuid NOT NULL,
                CONSTRAINT "PK_4183f3792c806826ab84df94734" PRIMARY KEY ("measure_id", "objective_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_measure_objective_version" ON "measure_objective" ("plan_version_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "progress_report" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "measure_id" uuid NOT NULL,
                "period" text NOT NULL,
                "period_start" date NOT NULL,
                "period_end" date NOT NULL,
                "narrative_ja" text NOT NULL,
                "narrative_en" text,
                "indicator_values" jsonb NOT NULL DEFAULT '[]',
                "rating" text NOT NULL,
                "rating_rationale" text NOT NULL,
                "accountable_person" text NOT NULL,
                "status" text NOT NULL DEFAULT 'submitted',
                "supersedes_id" uuid,
                "correction_reason" text,
                "superseded_by_id" uuid,
                "superseded_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_de44d4f311d5a0132f49f9f0820" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_progress_report_measure" ON "progress_report" ("measure_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_progress_report_current" ON "progress_report" ("measure_id", "period_start")
            WHERE status = 'submitted'
        `);
    await queryRunner.query(`
            ALTER TABLE "measure_kpi"
            ADD CONSTRAINT "FK_adca39ed1024dd0f5df550fe723" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "measure_kpi"
            ADD CONSTRAINT "FK_3fdad4b65a61892c7c556106683" FOREIGN KEY ("plan_kpi_id") REFERENCES "plan_kpi"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "measure_milestone"
            ADD CONSTRAINT "FK_4990f1178a00c5915bcab755f32" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "measure_objective"
            ADD CONSTRAINT "FK_79cba3312a0f6014ea8ff5a0f9a" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "measure_objective"
            ADD CONSTRAINT "FK_c8ea1dd8bbcaf394705ccbc0610" FOREIGN KEY ("objective_id") REFERENCES "plan_objective"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "measure_objective"
            ADD CONSTRAINT "FK_29f9ca84381de8a89fc48719114" FOREIGN KEY ("plan_version_id") REFERENCES "plan_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_report"
            ADD CONSTRAINT "FK_6c84bfb5950d5659742f9bb1ac2" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_report"
            ADD CONSTRAINT "FK_675f50263d8e07b7c9145ef35b8" FOREIGN KEY ("supersedes_id") REFERENCES "progress_report"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "progress_report" DROP CONSTRAINT "FK_675f50263d8e07b7c9145ef35b8"
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_report" DROP CONSTRAINT "FK_6c84bfb5950d5659742f9bb1ac2"
        `);
    await queryRunner.query(`
            ALTER TABLE "measure_objective" DROP CONSTRAINT "FK_29f9ca84381de8a89fc48719114"
        `);
    await queryRunner.query(`
            ALTER TABLE "measure_objective" DROP CONSTRAINT "FK_c8ea1dd8bbcaf394705ccbc0610"
        `);
    await queryRunner.query(`
            ALTER TABLE "measure_objective" DROP CONSTRAINT "FK_79cba3312a0f6014ea8ff5a0f9a"
        `);
    await queryRunner.query(`
            ALTER TABLE "measure_milestone" DROP CONSTRAINT "FK_4990f1178a00c5915bcab755f32"
        `);
    await queryRunner.query(`
            ALTER TABLE "measure_kpi" DROP CONSTRAINT "FK_3fdad4b65a61892c7c556106683"
        `);
    await queryRunner.query(`
            ALTER TABLE "measure_kpi" DROP CONSTRAINT "FK_adca39ed1024dd0f5df550fe723"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_progress_report_current"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_progress_report_measure"
        `);
    await queryRunner.query(`
            DROP TABLE "progress_report"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_measure_objective_version"
        `);
    await queryRunner.query(`
            DROP TABLE "measure_objective"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_measure_milestone_measure"
        `);
    await queryRunner.query(`
            DROP TABLE "measure_milestone"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_measure_kpi_plan_kpi_lineage"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_measure_kpi_measure"
        `);
    await queryRunner.query(`
            DROP TABLE "measure_kpi"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_measure_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_measure_lead_ministry"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_measure_code"
        `);
    await queryRunner.query(`
            DROP TABLE "measure"
        `);
  }
}
