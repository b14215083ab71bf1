import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The write path every change goes through: append-only audit events, the hash chain they are
 * sealed into, and the outbox of follow-up work. Hand-written: it carries functions, triggers
 * and the writer's transaction id that entity metadata cannot express.
 */
export class AuditTrailAndOutbox1795255449700 implements MigrationInterface {
  name = 'AuditTrailAndOutbox1795255449700';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_label text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        before jsonb,
        after jsonb,
        request_id text,
        -- The writing transaction: the sealer chains events only once it has ended.
        txid bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint)
      )`);
    await q.query(`CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id, id)`);
    await q.query(`CREATE INDEX ix_audit_event_actor ON audit_event (actor_id, id)`);
    await q.query(`CREATE INDEX ix_audit_event_action ON audit_event (action, id)`);
    await q.query(`CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at)`);
    await q.query(`CREATE INDEX ix_audit_event_seal_order ON audit_event (txid, id)`);

    await q.query(`
      CREATE TABLE audit_seal (
        position bigint PRIMARY KEY,
        event_id bigint NOT NULL UNIQUE,
        hash bytea NOT NULL,
        sealed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE audit_chain_head (
        id smallint PRIMARY KEY CHECK (id = 1),
        position bigint NOT NULL,
        hash bytea NOT NULL,
        cursor_txid bigint NOT NULL,
        cursor_event_id bigint NOT NULL,
        sealed_at timestamptz
      )`);
    await q.query(
      `INSERT INTO audit_chain_head VALUES (1, 0, decode(repeat('00', 32), 'hex'), 0, 0, NULL)`,
    );

    // The canonical form of an event. jsonb renders keys in a fixed order and the time is
    // taken in microseconds since the epoch, so the digest does not depend on session settings.
    await q.query(`
      CREATE FUNCTION audit_event_digest(e audit_event) RETURNS bytea
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT sha256(convert_to(jsonb_build_array(
          e.id,
          (extract(epoch FROM e.occurred_at) * 1000000)::bigint,
          e.actor_id, e.actor_label, e.action, e.entity_type, e.entity_id,
          e.before, e.after, e.request_id
        )::text, 'UTF8'))
      $$`);

    await q.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'P0001';
      END $$`);
    for (const table of ['audit_event', 'audit_seal']) {
      await q.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
      await q.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
    }

    await q.query(`
      CREATE TABLE outbox_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        type text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        relayed_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX ix_outbox_event_pending ON outbox_event (id) WHERE relayed_at IS NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox_event`);
    await q.query(`DROP TABLE audit_seal`);
    await q.query(`DROP TABLE audit_chain_head`);
    await q.query(`DROP FUNCTION audit_event_digest(audit_event)`);
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION refuse_change()`);
  }
}
