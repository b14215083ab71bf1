import { MigrationInterface, QueryRunner } from 'typeorm';

export class ActStage1795259920441 implements MigrationInterface {
  name = 'ActStage1795259920441';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "amendment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "target" text NOT NULL,
                "target_name" text NOT NULL,
                "plan_version_id" uuid,
                "lead_ministry" text NOT NULL,
                "proposed_change_ja" text NOT NULL,
                "proposed_change_en" text NOT NULL,
                "finding_ids" uuid array NOT NULL DEFAULT '{}',
                "guidance_ids" uuid array NOT NULL DEFAULT '{}',
                "status" text NOT NULL DEFAULT 'proposed',
                "rejection_reason" text,
                "approval_note" text,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_20ea5f7928736a012e29a76cb02" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_amendment_status" ON "amendment" ("status")
        `);
    await queryRunner.query(`
            CREATE TABLE "guidance" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "reference_number" text NOT NULL,
                "version_number" integer NOT NULL,
                "previous_version_id" uuid,
                "kind" text NOT NULL,
                "status" text NOT NULL DEFAULT 'draft',
                "addressee_organisation_ids" uuid array NOT NULL DEFAULT '{}',
                "addressee_sector" text,
                "finding_ids" uuid array NOT NULL DEFAULT '{}',
                "legal_basis" text NOT NULL,
                "title_ja" text NOT NULL,
                "title_en" text NOT NULL,
                "body_ja" text NOT NULL,
                "body_en" text NOT NULL,
                "issuing_authority" text NOT NULL,
                "public" boolean NOT NULL DEFAULT false,
                "issue_date" date,
                "follow_up_date" date,
                "follow_up_result" text,
                "acknowledged_on" date,
                "acknowledged_by" text,
                "review_note" text,
                "withdrawal_reason" text,
                "withdrawn_at" TIMESTAMP WITH TIME ZONE,
                "superseded_by_id" uuid,
                "superseded_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_ec3d596ea4116e47ff0cea38e1d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_guidance_status" ON "guidance" ("status")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_guidance_follow_up" ON "guidance" ("follow_up_date")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_guidance_open_version" ON "guidance" ("reference_number")
            WHERE status IN ('draft', 'in_review', 'approved')
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_guidance_reference_version" ON "guidance" ("reference_number", "version_number")
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_version"
            ADD "amendment_id" uuid
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_plan_version_amendment" ON "plan_version" ("amendment_id")
            WHERE amendment_id IS NOT NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."uq_plan_version_amendment"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_version" DROP COLUMN "amendment_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_guidance_reference_version"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_guidance_open_version"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_guidance_follow_up"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_guidance_status"
        `);
    await queryRunner.query(`
            DROP TABLE "guidance"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_amendment_status"
        `);
    await queryRunner.query(`
            DROP TABLE "amendment"
        `);
  }
}
