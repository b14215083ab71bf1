import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Review tasks (the inbox of every stage) and the notifications about them. Generated. */

export class ReviewTasksAndNotifications1795256401266 implements MigrationInterface {
  name = 'ReviewTasksAndNotifications1795256401266';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "notification" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "recipient_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "title" text NOT NULL,
                "body" text NOT NULL,
                "review_task_id" uuid,
                "dedupe_key" text NOT NULL,
                "read_at" TIMESTAMP WITH TIME ZONE,
                "emailed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_notification_review_task" ON "notification" ("review_task_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_notification_recipient" ON "notification" ("recipient_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_notification_dedupe" ON "notification" ("recipient_id", "dedupe_key")
        `);
    await queryRunner.query(`
            CREATE TABLE "review_task" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "subject_type" text NOT NULL,
                "subject_id" uuid NOT NULL,
                "subject_label" text NOT NULL,
                "kind" text NOT NULL,
                "status" text NOT NULL DEFAULT 'open',
                "assigned_role" text,
                "assignee_id" uuid,
                "ministry" text,
                "submitted_by_id" uuid,
                "claimed_by_id" uuid,
                "claimed_at" TIMESTAMP WITH TIME ZONE,
                "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "escalation_level" integer NOT NULL DEFAULT '0',
                "escalated_at" TIMESTAMP WITH TIME ZONE,
                "decision" text,
                "comment" text,
                "decided_by_id" uuid,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "closed_reason" text,
                CONSTRAINT "PK_417cdf7a6b912e03d40c5f03518" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_review_task_assignee" ON "review_task" ("assignee_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_review_task_due" ON "review_task" ("due_at")
            WHERE status IN ('open', 'claimed', 'escalated')
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_review_task_subject" ON "review_task" ("subject_type", "subject_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_review_task_active" ON "review_task" ("subject_type", "subject_id", "kind")
            WHERE status IN ('open', 'claimed', 'escalated')
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."uq_review_task_active"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_review_task_subject"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_review_task_due"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_review_task_assignee"
        `);
    await queryRunner.query(`
            DROP TABLE "review_task"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_notification_dedupe"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_notification_recipient"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_notification_review_task"
        `);
    await queryRunner.query(`
            DROP TABLE "notification"
        `);
  }
}
