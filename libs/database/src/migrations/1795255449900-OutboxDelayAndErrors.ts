import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox events that wait (an escalation at a deadline: `run_at`), and events the relay could
 * not map to a registered job (`relay_error`), kept visible instead of retried for ever.
 * Hand-written: the outbox is not an entity.
 */
export class OutboxDelayAndErrors1795255449900 implements MigrationInterface {
  name = 'OutboxDelayAndErrors1795255449900';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_event ADD COLUMN run_at timestamptz`);
    await q.query(`ALTER TABLE outbox_event ADD COLUMN relay_error text`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_event DROP COLUMN relay_error`);
    await q.query(`ALTER TABLE outbox_event DROP COLUMN run_at`);
  }
}
