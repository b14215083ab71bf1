import { MigrationInterface, QueryRunner } from 'typeorm';

export class CheckStage1795256501883 implements MigrationInterface {
  name = 'CheckStage1795256501883';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "comment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "entity_type" text NOT NULL,
                "entity_id" uuid NOT NULL,
                "body" text NOT NULL,
                "author_id" uuid,
                "author_label" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_comment_entity" ON "comment" ("entity_type", "entity_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "investigation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "title_ja" text,
                "title_en" text,
                "scope" text NOT NULL,
                "lead_analyst_id" uuid NOT NULL,
                "incident_ids" uuid array NOT NULL,
                "status" text NOT NULL DEFAULT 'open',
                "haip_report_reference" text,
                "root_cause" text,
                "conclusion" text,
                "concluded_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_a1d955a5e1def7627f4e30076bb" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_investigation_lead" ON "investigation" ("lead_analyst_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_investigation_status" ON "investigation" ("status")
        `);
    await queryRunner.query(`
            CREATE TABLE "finding" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "investigation_id" uuid NOT NULL,
                "statement_ja" text,
                "statement_en" text,
                "evidence" text array NOT NULL DEFAULT '{}',
                "risk_level" text NOT NULL,
                "recommended_action" text NOT NULL,
                "referral_ministry" text,
                "status" text NOT NULL DEFAULT 'draft',
                "review_note" text,
                CONSTRAINT "PK_a904dfcf401ccfbaa60bb6eec29" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_finding_investigation" ON "finding" ("investigation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_finding_status" ON "finding" ("status")
        `);
    await queryRunner.query(`
            CREATE TABLE "incident" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "reference" text NOT NULL,
                "sequence" bigint NOT NULL,
                "status" text NOT NULL DEFAULT 'reported',
                "occurred_date" date NOT NULL,
                "reported_date" date NOT NULL,
                "title_ja" text,
                "title_en" text,
                "summary_ja" text,
                "summary_en" text,
                "source" text NOT NULL,
                "source_reference" text,
                "sector" text NOT NULL,
                "risk_categories" text array NOT NULL,
                "affected_interests" text array NOT NULL DEFAULT '{}',
                "ai_system_name" text,
                "ai_developer" text,
                "ai_deployer" text,
                "ai_model" text,
                "advanced_ai" boolean NOT NULL DEFAULT false,
                "open_weight" boolean NOT NULL DEFAULT false,
                "organisation_ids" uuid array NOT NULL DEFAULT '{}',
                "applicable_laws" text array NOT NULL DEFAULT '{}',
                "severity" text NOT NULL,
                "people_affected" integer,
                "business_statement" text,
                "confidentiality" text NOT NULL DEFAULT 'internal',
                "resolution" text,
                "dismissal_reason" text,
                "duplicate_of_id" uuid,
                CONSTRAINT "PK_5f90b28b0b8238d89ee8edcf96e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_incident_reference" ON "incident" ("reference")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_incident_status" ON "incident" ("status")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_incident_sector" ON "incident" ("sector")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_incident_confidentiality" ON "incident" ("confidentiality")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_incident_duplicate_of" ON "incident" ("duplicate_of_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_incident_occurred" ON "incident" ("occurred_date")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_incident_reported" ON "incident" ("reported_date")
        `);
    await queryRunner.query(`
            CREATE TABLE "organisation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "name_ja" text,
                "name_en" text,
                "type" text NOT NULL,
                "sector" text NOT NULL,
                "size" text,
                "domestic" boolean NOT NULL,
                "country" text NOT NULL,
                "notes" text,
                CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_organisation_type" ON "organisation" ("type")
        `);
    await queryRunner.query(`
            CREATE TABLE "information_request" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "investigation_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "subject" text NOT NULL,
                "questions" text NOT NULL,
                "legal_basis" text NOT NULL,
                "voluntary" boolean NOT NULL DEFAULT true,
                "request_date" date NOT NULL,
                "due_date" date NOT NULL,
                "status" text NOT NULL DEFAULT 'open',
                "cooperation_status" text NOT NULL DEFAULT 'pending',
                "response_text" text,
                "response_date" date,
                "response_trade_secret" boolean NOT NULL DEFAULT false,
                "close_reason" text,
                "burden_justification" text,
                CONSTRAINT "PK_22ee58c0e1303385ecf6cda545d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_information_request_investigation" ON "information_request" ("investigation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_information_request_org_date" ON "information_request" ("organisation_id", "request_date")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_information_request_org_status" ON "information_request" ("organisation_id", "status")
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_objective"
            ALTER COLUMN "lineage_id" DROP DEFAULT
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_objective"
            ALTER COLUMN "lineage_id"
            SET DEFAULT gen_random_uuid()
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_kpi"
            ALTER COLUMN "lineage_id" DROP DEFAULT
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_kpi"
            ALTER COLUMN "lineage_id"
            SET DEFAULT gen_random_uuid()
        `);
    await queryRunner.query(`
            ALTER TABLE "investigation"
            ADD CONSTRAINT "FK_d7caebd7494adf351f03eca783c" FOREIGN KEY ("lead_analyst_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "finding"
            ADD CONSTRAINT "FK_27fd57835ae7fabf4155ce3189c" FOREIGN KEY ("investigation_id") REFERENCES "investigation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "incident"
            ADD CONSTRAINT "FK_1c6a28eb40a67db1cf636f1b2d4" FOREIGN KEY ("duplicate_of_id") REFERENCES "incident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "information_request"
            ADD CONSTRAINT "FK_7d14f3bb6696a197feb6864e920" FOREIGN KEY ("investigation_id") REFERENCES "investigation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "information_request"
            ADD CONSTRAINT "FK_5ba5b5bb007771848b1ac250301" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "information_request" DROP CONSTRAINT "FK_5ba5b5bb007771848b1ac250301"
        `);
    await queryRunner.query(`
            ALTER TABLE "information_request" DROP CONSTRAINT "FK_7d14f3bb6696a197feb6864e920"
        `);
    await queryRunner.query(`
            ALTER TABLE "incident" DROP CONSTRAINT "FK_1c6a28eb40a67db1cf636f1b2d4"
        `);
    await queryRunner.query(`
            ALTER TABLE "finding" DROP CONSTRAINT "FK_27fd57835ae7fabf4155ce3189c"
        `);
    await queryRunner.query(`
            ALTER TABLE "investigation" DROP CONSTRAINT "FK_d7caebd7494adf351f03eca783c"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_kpi"
            ALTER COLUMN "lineage_id" DROP DEFAULT
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_kpi"
            ALTER COLUMN "lineage_id"
            SET DEFAULT gen_random_uuid()
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_objective"
            ALTER COLUMN "lineage_id" DROP DEFAULT
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_objective"
            ALTER COLUMN "lineage_id"
            SET DEFAULT gen_random_uuid()
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_information_request_org_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_information_request_org_date"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_information_request_investigation"
        `);
    await queryRunner.query(`
            DROP TABLE "information_request"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_organisation_type"
        `);
    await queryRunner.query(`
            DROP TABLE "organisation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_incident_reported"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_incident_occurred"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_incident_duplicate_of"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_incident_confidentiality"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_incident_sector"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_incident_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_incident_reference"
        `);
    await queryRunner.query(`
            DROP TABLE "incident"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_finding_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_finding_investigation"
        `);
    await queryRunner.query(`
            DROP TABLE "finding"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_investigation_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_investigation_lead"
        `);
    await queryRunner.query(`
            DROP TABLE "investigation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_comment_entity"
        `);
    await queryRunner.query(`
            DROP TABLE "comment"
        `);
  }
}
