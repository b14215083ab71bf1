import { UnitOfWork } from '@tracker/audit';
import { systemActor } from '@tracker/core';
import { Notification } from '@tracker/pdca';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { TEST_USERS, TestApp } from '../../../../test/test-app';

describe('audit trail and hash chain (HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: string;
  let auditor: string;

  beforeAll(async () => {
    t = await TestApp.start();
    coordinator = await t.tokenOf('coordinator');
    auditor = await t.tokenOf('auditor');
  });
  afterAll(() => t.stop());

  const verify = async () => {
    const response = await t.get('/audit-events/verify', auditor);
    expect(response.status).toBe(200);
    return response.body;
  };

  it('records every write kind with sequence, time, actor, action, entity, changed fields and request id', async () => {
    const created = await t.request('POST', '/plan-versions', {
      body: { titleJa: '監査テスト', titleEn: 'Audit test' },
      token: coordinator,
      headers: { 'x-request-id': 'req-audit-create-1' },
    });
    expect(created.headers.get('x-request-id')).toBe('req-audit-create-1');
    const id = created.body.id;
    await t.put(
      `/plan-versions/${id}`,
      { version: created.body.version, titleEn: 'Audit test, edited' },
      coordinator,
    );
    const objective = await t.post(
      '/plan-objectives',
      {
        planVersionId: id,
        code: 'A-1',
        principle: 'rd_competitiveness',
        titleJa: 'a',
        titleEn: 'b',
      },
      coordinator,
    );
    await t.post(
      `/plan-versions/${id}/propose`,
      { hqProposalDate: '2025-12-19', hqProposalReference: '第1回' },
      coordinator,
    );
    await t.post(`/plan-versions/${id}/withdraw`, { reason: 'Revise' }, coordinator);
    await t.delete(`/plan-objectives/${objective.body.id}`, coordinator);

    const events = await t.get(
      `/audit-events?filter={"entityId":"${id}"}&sort=["id","ASC"]`,
      auditor,
    );
    expect(events.status).toBe(200);
    expect(events.body.map((e: any) => e.action)).toEqual([
      'plan_version.create',
      'plan_version.update',
      'plan_version.propose',
      'plan_version.withdraw',
    ]);
    const [create, update, propose] = events.body;
    const me = (await t.get('/auth/me', coordinator)).body.user;
    expect(create).toMatchObject({
      id: expect.stringMatching(/^\d+$/),
      occurredAt: expect.any(String),
      actorId: me.id,
      actorLabel: TEST_USERS.coordinator.email,
      entityType: 'plan_version',
      entityId: id,
      before: null,
      requestId: 'req-audit-create-1',
    });
    expect(create.after).toMatchObject({ titleEn: 'Audit test', status: 'draft' });
    expect(update.before).toEqual({ titleEn: 'Audit test' });
    expect(update.after).toEqual({ titleEn: 'Audit test, edited' });
    expect(propose.before).toMatchObject({ status: 'draft' });
    expect(propose.after).toMatchObject({ status: 'proposed', hqProposalReference: '第1回' });
    expect(Number(update.id)).toBeGreaterThan(Number(create.id));

    const deletion = await t.get(
      `/audit-events?filter={"entityId":"${objective.body.id}","action":"plan_objective.delete"}`,
      auditor,
    );
    expect(deletion.body[0].before).toMatchObject({ code: 'A-1' });
    expect(deletion.body[0].after).toBeNull();

    const signIns = await t.get(
      `/audit-events?filter={"action":"auth.login","actorId":"${me.id}"}`,
      auditor,
    );
    expect(signIns.body.length).toBeGreaterThanOrEqual(1);
    const one = await t.get(`/audit-events/${create.id}`, auditor);
    expect(one.body).toEqual(create);
  });

  it('filters by time range and refuses bad filters', async () => {
    const future = await t.get('/audit-events?filter={"occurredFrom":"2999-01-01"}', auditor);
    expect(future.body).toEqual([]);
    expect(future.headers.get('content-range')).toBe('audit-events */0');
    expect((await t.get('/audit-events?filter={"occurredFrom":"soon"}', auditor)).status).toBe(400);
    expect((await t.get('/audit-events?filter={"actorId":"me"}', auditor)).status).toBe(400);
    expect((await t.get('/audit-events/abc', auditor)).status).toBe(400);
    expect((await t.get('/audit-events/999999999', auditor)).status).toBe(404);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of the trail at the database level', async () => {
    await verify(); // seals what is pending, so audit_seal has rows to refuse deleting
    await expect(
      t.sql(`UPDATE audit_event SET action = 'x' WHERE id = (SELECT min(id) FROM audit_event)`),
    ).rejects.toThrow(/append-only/);
    await expect(t.sql(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`DELETE FROM audit_seal`)).rejects.toThrow(/append-only/);
  });

  it('inserts from a query in one prepared statement: each row audited in full, a job per row, records as findOne reads them', async () => {
    const [user] = await t.sql(`SELECT id FROM app_user ORDER BY email LIMIT 1`);
    const insert = (dedupeKey: string) =>
      t.app.get(UnitOfWork).run(systemActor('test'), async (tx) => {
        const rows = await tx.insertFrom(
          Notification,
          {
            sql: `SELECT $1::uuid AS recipient_id, 'review_task_assigned' AS kind, 'タイトル' AS title,
                         'body' AS body, $2::text AS dedupe_key`,
            params: [user.id, dedupeKey],
            columns: ['recipient_id', 'kind', 'title', 'body', 'dedupe_key'],
          },
          {
            onConflict: 'ON CONFLICT (recipient_id, dedupe_key) DO NOTHING',
            emit: { job: 'notification.send-email', payload: { notificationId: 'id' } },
          },
        );
        const [prepared] = await tx.em.query(
          `SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE '%INSERT INTO notification%'`,
        );
        return { rows, prepared: prepared.n as number };
      });

    const first = await insert('insert-from');
    expect(first.prepared).toBe(1);
    const [created] = first.rows;
    const read = await t.app.get(DataSource).getRepository(Notification).findOneByOrFail({
      id: created.id,
    });
    expect(created).toEqual(read);
    expect(created.createdAt).toBeInstanceOf(Date);
    const audit = await t.sql(
      `SELECT action, actor_label, after FROM audit_event WHERE entity_id = $1`,
      [created.id],
    );
    expect(audit).toEqual([
      {
        action: 'notification.create',
        actor_label: 'system:test',
        // The full state, as Tx.insert records it (times and version are not audited).
        after: {
          id: created.id,
          recipientId: user.id,
          kind: 'review_task_assigned',
          title: 'タイトル',
          body: 'body',
          dedupeKey: 'insert-from',
          reviewTaskId: null,
          readAt: null,
          emailedAt: null,
        },
      },
    ]);
    const jobs = await t.sql(
      `SELECT payload FROM outbox_event WHERE type = 'notification.send-email' AND payload->>'notificationId' = $1`,
      [created.id],
    );
    expect(jobs).toEqual([{ payload: { notificationId: created.id } }]);

    // A row the conflict clause rejects is not inserted, audited or followed by a job.
    const counts = await t.tableCounts();
    expect((await insert('insert-from')).rows).toEqual([]);
    expect(await t.tableCounts()).toEqual(counts);
  });

  it('verifies an untouched chain: intact, N events', async () => {
    const result = await verify();
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM audit_event`);
    expect(result).toMatchObject({ intact: true, verifiedEvents: n, pendingEvents: 0 });
    expect(result.headHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps writers independent: events of a transaction still open wait, sealed once it commits', async () => {
    const open = new Client({ connectionString: t.config.databaseUrl });
    await open.connect();
    try {
      await open.query('BEGIN');
      await open.query(
        `INSERT INTO audit_event (actor_label, action, entity_type) VALUES ('test', 'test.slow_writer', 'plan_version')`,
      );
      // Other writers are not held up by the open transaction.
      const concurrent = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          t.post(
            '/plan-versions',
            { titleJa: `並行${i}`, titleEn: `Concurrent ${i}` },
            coordinator,
          ),
        ),
      );
      expect(concurrent.every((r) => r.status === 201)).toBe(true);
      const during = await verify();
      expect(during.intact).toBe(true);
      expect(during.pendingEvents).toBeGreaterThanOrEqual(8);
      await open.query('COMMIT');
    } finally {
      await open.end();
    }
    const after = await verify();
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM audit_event`);
    expect(after).toMatchObject({ intact: true, verifiedEvents: n, pendingEvents: 0 });
  });

  it('is not held back by an open transaction of another database on the same server', async () => {
    const elsewhere = new Client({
      connectionString: process.env.TEST_DATABASE_SERVER?.replace(/\/[^/]*$/, '/postgres'),
    });
    await elsewhere.connect();
    try {
      await elsewhere.query('BEGIN');
      await elsewhere.query('SELECT pg_current_xact_id()');
      await t.post('/plan-versions', { titleJa: '他DB', titleEn: 'Elsewhere' }, coordinator);
      expect(await verify()).toMatchObject({ intact: true, pendingEvents: 0 });
    } finally {
      await elsewhere.query('ROLLBACK');
      await elsewhere.end();
    }
  });

  it('names the first tampered event when content is changed with the guard lifted', async () => {
    await verify();
    const [victim] = await t.sql(
      `SELECT id::text FROM audit_event WHERE action = 'plan_version.update' ORDER BY id LIMIT 1`,
    );
    await t.sql(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
    await t.sql(`UPDATE audit_event SET after = '{"titleEn": "history rewritten"}' WHERE id = $1`, [
      victim.id,
    ]);
    await t.sql(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
    const result = await verify();
    expect(result).toMatchObject({ intact: false, firstBrokenSequence: Number(victim.id) });
    expect(result.reason).toMatch(/does not match/);
  });
});

/** A fresh database with a few sealed events, for one kind of tampering. */
async function sealedApp() {
  const t = await TestApp.start();
  const auditor = await t.tokenOf('auditor');
  const coordinator = await t.tokenOf('coordinator');
  for (let i = 0; i < 5; i++)
    await t.post('/plan-versions', { titleJa: `計画${i}`, titleEn: `Plan ${i}` }, coordinator);
  expect((await t.get('/audit-events/verify', auditor)).body.intact).toBe(true);
  return { t, auditor };
}

describe('audit chain tampering by deletion', () => {
  it('names a deleted event', async () => {
    const { t, auditor } = await sealedApp();
    try {
      const [victim] = await t.sql(
        `SELECT id::text FROM audit_event WHERE action = 'plan_version.create' ORDER BY id DESC LIMIT 1`,
      );
      await t.sql(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
      await t.sql(`DELETE FROM audit_event WHERE id = $1`, [victim.id]);
      await t.sql(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
      const result = (await t.get('/audit-events/verify', auditor)).body;
      expect(result).toMatchObject({
        intact: false,
        firstBrokenSequence: Number(victim.id),
        reason: 'event missing',
      });
    } finally {
      await t.stop();
    }
  });
});

describe('audit chain tampering by insertion', () => {
  it('names an event slipped in behind the sealed part of the chain', async () => {
    const { t, auditor } = await sealedApp();
    try {
      const [{ txid }] = await t.sql(`SELECT min(txid)::text AS txid FROM audit_event`);
      const [forged] = await t.sql(
        `INSERT INTO audit_event (actor_label, action, entity_type, txid) VALUES ('intruder', 'plan_version.approve', 'plan_version', $1) RETURNING id::text`,
        [txid],
      );
      const result = (await t.get('/audit-events/verify', auditor)).body;
      expect(result).toMatchObject({
        intact: false,
        firstBrokenSequence: Number(forged.id),
        reason: 'event was added behind the sealed part of the chain',
      });
    } finally {
      await t.stop();
    }
  });
});
