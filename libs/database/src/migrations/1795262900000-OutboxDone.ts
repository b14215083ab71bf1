import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the job of an outbox event succeeded. The relay looks for the jobs of events relayed
 * and not done, and relays again those Redis lost (a restart without persistence); events
 * relayed before this migration count as done.
 */
export class OutboxDone1795262900000 implements MigrationInterface {
  name = 'OutboxDone1795262900000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_event ADD COLUMN done_at timestamptz`);
    await q.query(`UPDATE outbox_event SET done_at = relayed_at WHERE relayed_at IS NOT NULL`);
    await q.query(
      `CREATE INDEX ix_outbox_event_undone ON outbox_event (id) WHERE relayed_at IS NOT NULL AND done_at IS NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_outbox_event_undone`);
    await q.query(`ALTER TABLE outbox_event DROP COLUMN done_at`);
  }
}
