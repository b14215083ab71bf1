import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795255449675 implements MigrationInterface {
  name = 'Foundation1795255449675';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "app_user" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "email" text NOT NULL,
                "display_name" text NOT NULL,
                "ministry" text NOT NULL,
                "roles" text array NOT NULL,
                "clearance" text NOT NULL DEFAULT 'internal',
                "password_hash" text NOT NULL,
                "disabled_at" TIMESTAMP WITH TIME ZONE,
                "disabled_reason" text,
                "last_login_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user" ("email")
        `);
    await queryRunner.query(`
            CREATE TABLE "auth_session" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_refreshed_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "revoked_reason" text,
                "client_ip" text,
                "user_agent" text,
                CONSTRAINT "PK_19354ed146424a728c1112a8cbf" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_auth_session_user" ON "auth_session" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "refresh_token" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "token_hash" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_refresh_token_session" ON "refresh_token" ("session_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "login_failure" (
                "key" text NOT NULL,
                "window_start" TIMESTAMP WITH TIME ZONE NOT NULL,
                "failures" integer NOT NULL,
                CONSTRAINT "PK_856165bf0920dbc72cee5af7490" PRIMARY KEY ("key")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "plan_version" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "number" integer NOT NULL,
                "title_ja" text NOT NULL,
                "title_en" text NOT NULL,
                "summary_ja" text,
                "summary_en" text,
                "status" text NOT NULL DEFAULT 'draft',
                "fiscal_year_from" integer,
                "fiscal_year_to" integer,
                "based_on_id" uuid,
                "hq_proposal_date" date,
                "hq_proposal_reference" text,
                "cabinet_decision_date" date,
                "cabinet_decision_number" text,
                "superseded_at" TIMESTAMP WITH TIME ZONE,
                "superseded_by_id" uuid,
                "withdrawal_reason" text,
                CONSTRAINT "PK_253721b12e51a0be8fffb64ded9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_plan_version_number" ON "plan_version" ("number")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_plan_version_one_approved" ON "plan_version" ("status")
            WHERE status = 'approved'
        `);
    await queryRunner.query(`
            CREATE TABLE "plan_objective" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "plan_version_id" uuid NOT NULL,
                "lineage_id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" text NOT NULL,
                "principle" text NOT NULL,
                "title_ja" text NOT NULL,
                "title_en" text NOT NULL,
                "description_ja" text,
                "description_en" text,
                "position" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_e7d43f5207558cbd75350028abb" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_plan_objective_lineage" ON "plan_objective" ("lineage_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_plan_objective_code" ON "plan_objective" ("plan_version_id", "code")
        `);
    await queryRunner.query(`
            CREATE TABLE "plan_kpi" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "objective_id" uuid NOT NULL,
                "plan_version_id" uuid NOT NULL,
                "lineage_id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" text NOT NULL,
                "indicator_ja" text NOT NULL,
                "indicator_en" text NOT NULL,
                "baseline" numeric NOT NULL,
                "baseline_date" date,
                "target" numeric NOT NULL,
                "unit" text NOT NULL,
                "target_date" date NOT NULL,
                CONSTRAINT "PK_bdef8be375ae0b4a0cb97e57bb4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_plan_kpi_version" ON "plan_kpi" ("plan_version_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_plan_kpi_code" ON "plan_kpi" ("objective_id", "code")
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_session"
            ADD CONSTRAINT "FK_b8783d517fab10672700a39cb49" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_token"
            ADD CONSTRAINT "FK_7643a722ca45fb721be1c63dc0c" FOREIGN KEY ("session_id") REFERENCES "auth_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_version"
            ADD CONSTRAINT "FK_3fe2f697a35366110a70c25a24f" FOREIGN KEY ("based_on_id") REFERENCES "plan_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_objective"
            ADD CONSTRAINT "FK_57e7aa60d65faa92f6254126470" FOREIGN KEY ("plan_version_id") REFERENCES "plan_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_kpi"
            ADD CONSTRAINT "FK_64f1f643e71c0824588774e5b97" FOREIGN KEY ("objective_id") REFERENCES "plan_objective"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "plan_kpi" DROP CONSTRAINT "FK_64f1f643e71c0824588774e5b97"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_objective" DROP CONSTRAINT "FK_57e7aa60d65faa92f6254126470"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_version" DROP CONSTRAINT "FK_3fe2f697a35366110a70c25a24f"
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_7643a722ca45fb721be1c63dc0c"
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_session" DROP CONSTRAINT "FK_b8783d517fab10672700a39cb49"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_plan_kpi_code"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_plan_kpi_version"
        `);
    await queryRunner.query(`
            DROP TABLE "plan_kpi"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_plan_objective_code"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_plan_objective_lineage"
        `);
    await queryRunner.query(`
            DROP TABLE "plan_objective"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_plan_version_one_approved"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_plan_version_number"
        `);
    await queryRunner.query(`
            DROP TABLE "plan_version"
        `);
    await queryRunner.query(`
            DROP TABLE "login_failure"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_refresh_token_session"
        `);
    await queryRunner.query(`
            DROP TABLE "refresh_token"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_auth_session_user"
        `);
    await queryRunner.query(`
            DROP TABLE "auth_session"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_app_user_email"
        `);
    await queryRunner.query(`
            DROP TABLE "app_user"
        `);
  }
}
