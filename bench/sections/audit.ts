import { ApiProcess } from '../../test/support/api-process';
import type { BenchContext } from '../lib/context';
import { MemorySampler } from '../lib/memory';
import { pgbench, type PgbenchResult } from '../lib/pgbench';
import { printRow, type BenchRow } from '../lib/report';
import { round } from '../lib/stats';
import { psql } from '../lib/sql';

/** One business write as the API makes it: the record, its audit event, its outbox event. */
const WRITE = `
\\set n random(1, 1000000000)
BEGIN;
INSERT INTO bench_record (title, body) VALUES ('record ' || :n, repeat('x', 200));
INSERT INTO audit_event (actor_id, actor_label, action, entity_type, entity_id, after, request_id)
  VALUES (gen_random_uuid(), 'analyst@demo.example', 'bench_record.create', 'bench_record', :n::text,
          jsonb_build_object('title', 'record ' || :n, 'severity', 'high'), 'bench-' || :n);
INSERT INTO outbox_event (type, payload) VALUES ('bench_record.created', jsonb_build_object('id', :n));
COMMIT;
`;

function add(ctx: BenchContext, row: BenchRow) {
  ctx.rows.push(row);
  printRow(row);
}

/**
 * Writers must not queue on the chain: the same writes with the sealer running and without.
 * Runs alternate (without, with, three times each) so drift on a shared machine hits both sides;
 * the row compares their means.
 */
async function chainUnderLoad(ctx: BenchContext) {
  psql(
    ctx.databaseUrl,
    'CREATE TABLE IF NOT EXISTS bench_record (id bigserial PRIMARY KEY, title text, body text)',
  );
  const seconds = Math.max(3, Math.round(ctx.seconds / 2));
  for (const clients of [8, 32]) {
    const without: PgbenchResult[] = [];
    const chained: PgbenchResult[] = [];
    for (let round_ = 0; round_ < 3; round_++) {
      without.push(pgbench(ctx.databaseUrl, WRITE, { clients, seconds }));
      const sealer = await ApiProcess.start({
        DATABASE_URL: ctx.databaseUrl,
        AUDIT_SEAL_INTERVAL_MS: '200',
        LOG_LEVEL: 'warn',
      });
      const memory = new MemorySampler({ api: sealer.pid }).start();
      chained.push(pgbench(ctx.databaseUrl, WRITE, { clients, seconds }));
      await sealer.stop();
      ctx.memory.api = Math.max(ctx.memory.api ?? 0, memory.stop().api);
    }
    const mean = (runs: PgbenchResult[], key: 'tps' | 'p95Ms') =>
      runs.reduce((n, r) => n + r[key], 0) / runs.length;
    const ratio = mean(chained, 'tps') / mean(without, 'tps');
    add(ctx, {
      operation: `audit chain: writes (record + audit + outbox) with sealing vs without, ${clients} clients`,
      measured: `${round(mean(chained, 'tps'), 0)} tx/s (p95 ${round(mean(chained, 'p95Ms'))} ms)`,
      baseline: `${round(mean(without, 'tps'), 0)} tx/s without the chain (p95 ${round(mean(without, 'p95Ms'))} ms)`,
      ratio: `${round(ratio, 2)}×`,
      goal: '≥ 0.9×',
      met: ratio >= 0.9 && chained.every((r) => r.failed === 0),
    });
  }
  const [unsealed] = psql(
    ctx.databaseUrl,
    `SELECT count(*) FROM audit_event e WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.event_id = e.id)`,
  );
  ctx.notes.push(
    `Chain runs: ${unsealed} events were still unsealed when the last sealer stopped; the next run seals them (verification below checks every event).`,
  );
}

/** Verification walks every event; goal: 200,000 events per second. */
async function verification(ctx: BenchContext) {
  const events = ctx.quick ? 200_000 : 1_000_000;
  const [existing] = psql(ctx.databaseUrl, 'SELECT count(*) FROM audit_event').map(Number);
  if (existing < events) {
    psql(
      ctx.databaseUrl,
      `INSERT INTO audit_event (actor_id, actor_label, action, entity_type, entity_id, before, after, request_id)
       SELECT gen_random_uuid(), 'analyst@demo.example', 'incident.update', 'incident', gen_random_uuid()::text,
              jsonb_build_object('status', 'reported', 'severity', 'low'),
              jsonb_build_object('status', 'triaged', 'severity', 'high', 'note', repeat('x', 80)), 'req-' || g
         FROM generate_series(1, ${events - existing}) g`,
    );
  }
  const api = await ApiProcess.start({ DATABASE_URL: ctx.databaseUrl, LOG_LEVEL: 'warn' });
  try {
    const token = await api.login('auditor@demo.example');
    await api.request('GET', '/audit-events/verify', token); // seals everything first
    const started = Date.now();
    const result = await api.request<{
      intact: boolean;
      verifiedEvents: number;
      durationMs: number;
    }>('GET', '/audit-events/verify', token);
    const wall = Date.now() - started;
    const perSecond = result.body.verifiedEvents / (result.body.durationMs / 1000);
    const hashStarted = Date.now();
    psql(
      ctx.databaseUrl,
      `SELECT sum(length(sha256(convert_to(after::text, 'UTF8')))) FROM audit_event`,
    );
    const hashPerSecond = result.body.verifiedEvents / ((Date.now() - hashStarted) / 1000);
    add(ctx, {
      operation: `audit verification (GET /audit-events/verify over ${result.body.verifiedEvents.toLocaleString('en')} events)`,
      measured: `${Math.round(perSecond).toLocaleString('en')} events/s (${result.body.durationMs} ms, ${wall} ms over HTTP), intact: ${result.body.intact}`,
      baseline: `${Math.round(hashPerSecond).toLocaleString('en')} rows/s: one SHA-256 per event in a single SQL scan`,
      ratio: `${round(perSecond / hashPerSecond, 2)}× the raw hash scan`,
      goal: '≥ 200,000 events/s',
      met: perSecond >= 200_000 && result.body.intact,
    });
  } finally {
    await api.stop();
  }
}

export async function auditSection(ctx: BenchContext): Promise<void> {
  // Verification first: it seals the generated backlog, so the writers' runs measure only
  // the sealing of what they write themselves.
  await verification(ctx);
  await chainUnderLoad(ctx);
}
