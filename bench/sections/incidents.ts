import { dataSourceOptions } from '@tracker/database';
import { IncidentStatistics } from '@tracker/pdca';
import { DataSource } from 'typeorm';
import { ApiProcess } from '../../test/support/api-process';
import type { BenchContext } from '../lib/context';
import { httpLoad, type HttpResult } from '../lib/http-load';
import { MemorySampler } from '../lib/memory';
import { pgbench } from '../lib/pgbench';
import { printRow, type BenchRow } from '../lib/report';
import { round } from '../lib/stats';
import { psql } from '../lib/sql';

/** The English title (then a number) of every incident the creation benchmark writes. */
export const CREATED_TITLE_EN = 'Personal data leaked by a chatbot ';

const add = (ctx: BenchContext, row: BenchRow) => {
  ctx.rows.push(row);
  printRow(row);
};
const ms = (n: number) => `${round(n)} ms`;
const latency = (r: HttpResult) =>
  `p95 ${ms(r.p95Ms)} (p50 ${ms(r.p50Ms)}, ${r.requests} requests)`;

/**
 * What POST /incidents runs in the database: the sign-in lookup of the bearer token, the
 * reference number, the incident, its audit event (and the statistics delta its trigger adds),
 * and the outbox event that asks for its triage.
 */
function createIncidentScript(analystId: string): string {
  return `
\\set n random(1, 1000000000)
SELECT u.id, u.email, u.roles, u.ministry, u.clearance FROM auth_session s JOIN app_user u ON u.id = s.user_id
 WHERE s.user_id = '${analystId}' AND s.revoked_at IS NULL AND u.disabled_at IS NULL LIMIT 1;
BEGIN;
WITH seq AS (SELECT nextval('incident_reference_seq') AS s),
     created AS (
       INSERT INTO incident (reference, sequence, occurred_date, reported_date, title_ja, title_en, summary_ja,
              source, sector, risk_categories, severity, confidentiality)
       SELECT 'INC-2026-' || lpad(seq.s::text, 7, '0'), seq.s, date '2026-10-01', date '2026-10-03',
              '生成AIチャットボットによる個人情報の漏えい ' || :n, '${CREATED_TITLE_EN}' || :n,
              '顧客対応チャットボットが他の利用者の情報を回答に含めた。', 'business_self_report', 'finance',
              ARRAY['privacy'], 'high', 'internal'
         FROM seq
       RETURNING id, reference),
     audited AS (
       INSERT INTO audit_event (actor_id, actor_label, action, entity_type, entity_id, after, request_id)
       SELECT '${analystId}', 'analyst@demo.example', 'incident.create', 'incident', created.id::text,
              jsonb_build_object('reference', created.reference, 'status', 'reported', 'sector', 'finance'), 'bench-' || :n
         FROM created)
INSERT INTO outbox_event (type, payload)
SELECT 'incident.triage', jsonb_build_object('incidentId', created.id) FROM created;
COMMIT;
`;
}

function incidentBody(i: number) {
  return {
    occurredDate: '2026-10-01',
    reportedDate: '2026-10-03',
    titleJa: `生成AIチャットボットによる個人情報の漏えい ${i}`,
    titleEn: `${CREATED_TITLE_EN}${i}`,
    summaryJa: '顧客対応チャットボットが他の利用者の情報を回答に含めた。',
    source: 'business_self_report',
    sector: 'finance',
    riskCategories: ['privacy'],
    severity: 'high',
    confidentiality: 'internal',
  };
}

async function createIncidents(ctx: BenchContext, api: ApiProcess, token: string) {
  const [analystId] = psql(
    ctx.databaseUrl,
    `SELECT id FROM app_user WHERE email = 'analyst@demo.example'`,
  );
  let i = 0;
  for (const clients of [8, 32]) {
    const sql = pgbench(ctx.databaseUrl, createIncidentScript(analystId), {
      clients,
      seconds: ctx.seconds,
    });
    const http = await httpLoad(
      api.baseUrl,
      { method: 'POST', path: '/incidents', body: () => incidentBody((i += 1)), token },
      { connections: clients, seconds: ctx.seconds },
    );
    const ratio = http.rps / sql.tps;
    add(ctx, {
      operation: `create incident (incident + audit event + outbox event, one transaction), ${clients} clients`,
      measured: `${round(http.rps, 0)} req/s, ${latency(http)}, ${http.errors} errors`,
      baseline: `${round(sql.tps, 0)} tx/s through pgbench, same statements (p95 ${ms(sql.p95Ms)})`,
      ratio: `${round(ratio, 2)}×`,
      goal: '≥ 0.15×, zero errors',
      met: ratio >= 0.15 && http.errors === 0 && sql.failed === 0,
    });
  }
}

const FILTER = { status: 'closed', severity: 'high', sector: 'finance' };

/**
 * The SQL the API runs for a page of the incident list: the capped count, the ids of the page
 * (the step an index answers), and those records.
 */
function listScript(offset: number): string {
  const where = `i.status = 'closed' AND i.severity = 'high' AND i.sector = 'finance'`;
  const page = `SELECT i.id FROM incident i WHERE ${where}
 ORDER BY i.reported_date DESC NULLS LAST, i.id DESC OFFSET ${offset} LIMIT 25`;
  return `
SELECT count(*) FROM (SELECT 1 FROM incident i WHERE ${where} LIMIT 10001) capped;
${page};
SELECT * FROM incident i WHERE ${where} AND i.id IN (${page});
`;
}

async function lists(ctx: BenchContext, api: ApiProcess, token: string) {
  const query = (start: number) =>
    `/incidents?filter=${encodeURIComponent(JSON.stringify(FILTER))}&sort=${encodeURIComponent('["reportedDate","DESC"]')}&range=${encodeURIComponent(`[${start},${start + 24}]`)}`;
  // Latency of one reader at a time: the p95 a user sees (throughput is measured on writes).
  const connections = 1;
  const sqlFirst = pgbench(ctx.databaseUrl, listScript(0), {
    clients: connections,
    seconds: ctx.seconds,
  });
  const first = await httpLoad(
    api.baseUrl,
    { path: query(0), token },
    { connections, seconds: ctx.seconds },
  );
  add(ctx, {
    operation: `list incidents, page 1, status + severity + sector filter, newest first, one reader`,
    measured: latency(first),
    baseline: `SQL of the page through pgbench: p95 ${ms(sqlFirst.p95Ms)}`,
    ratio: `${round(first.p95Ms / sqlFirst.p95Ms, 1)}× the SQL`,
    goal: 'p95 ≤ 20× the SQL’s p95',
    met: first.p95Ms <= 20 * sqlFirst.p95Ms && first.errors === 0,
  });
  let page = 400;
  const deep = await httpLoad(
    api.baseUrl,
    { path: () => query(25 * ((page++ % 200) + 400)), token },
    { connections, seconds: ctx.seconds },
  );
  add(ctx, {
    operation: 'list incidents, deep pages (400 to 600), same filter',
    measured: latency(deep),
    baseline: `page 1 through the API: p95 ${ms(first.p95Ms)}`,
    ratio: `${round(deep.p95Ms / first.p95Ms, 2)}× page 1`,
    goal: 'p95 ≤ 3× page 1',
    met: deep.p95Ms <= 3 * first.p95Ms && deep.errors === 0,
  });
}

const SEARCHES = [
  '深層偽造',
  '顔認証',
  '自動運転バス 東京都',
  'deepfake',
  'facial recognition',
  'credit scoring model',
];

async function search(ctx: BenchContext, api: ApiProcess, token: string) {
  let n = 0;
  const result = await httpLoad(
    api.baseUrl,
    {
      path: () =>
        `/incidents?filter=${encodeURIComponent(JSON.stringify({ q: SEARCHES[n++ % SEARCHES.length] }))}`,
      token,
    },
    { connections: 1, seconds: ctx.seconds },
  );
  const [matches] = psql(
    ctx.databaseUrl,
    `SELECT round(100.0 * count(*) / (SELECT count(*) FROM incident), 2) FROM incident WHERE title_ja ILIKE '%深層偽造%' OR summary_ja ILIKE '%深層偽造%'`,
  );
  add(ctx, {
    operation: `free-text search (Japanese and English: ${SEARCHES.join(', ')}), one reader`,
    measured: latency(result),
    baseline: `100 ms goal; '深層偽造' matches ${matches}% of incidents`,
    ratio: `${round(result.p95Ms / 100, 2)}× the goal`,
    goal: 'p95 < 100 ms',
    met: result.p95Ms < 100 && result.errors === 0,
  });
}

async function dashboard(ctx: BenchContext, api: ApiProcess, token: string) {
  const result = await httpLoad(
    api.baseUrl,
    { path: '/dashboard', token },
    { connections: 1, seconds: ctx.seconds },
  );
  add(ctx, {
    operation:
      'dashboard (every panel: plan, measures by status and rating and late, incidents by status and severity, investigations by age, guidance and amendments), one reader',
    measured: latency(result),
    baseline: '100 ms goal for all panels together',
    ratio: `${round(result.p95Ms / 100, 2)}× the goal`,
    goal: 'p95 < 100 ms in total',
    met: result.p95Ms < 100 && result.errors === 0,
  });
}

/**
 * Deletes the incidents the creation benchmark wrote (and their triage scores and tasks), so the
 * next run reads the generated register, not tens of thousands of one-titled incidents on top
 * of every newest-first list. Their audit events stay: the trail is append-only.
 */
function forgetCreatedIncidents(ctx: BenchContext) {
  psql(
    ctx.databaseUrl,
    `BEGIN;
     CREATE TEMP TABLE gone ON COMMIT DROP AS
       SELECT id FROM incident WHERE title_en LIKE '${CREATED_TITLE_EN}%';
     DELETE FROM incident_score WHERE id IN (SELECT id FROM gone);
     DELETE FROM notification WHERE review_task_id IN (
       SELECT t.id FROM review_task t JOIN gone g ON t.subject_type = 'incident' AND t.subject_id::text = g.id::text);
     DELETE FROM review_task t USING gone g WHERE t.subject_type = 'incident' AND t.subject_id::text = g.id::text;
     DELETE FROM outbox_event WHERE type = 'incident.triage' AND payload->>'incidentId' IN (SELECT id::text FROM gone);
     DELETE FROM incident WHERE id IN (SELECT id FROM gone);
     COMMIT;`,
  );
}

/**
 * Folds the incident statistics' delta log into the summary, as the worker's every-minute scan
 * (`scan.incident-stats-fold`) would: no worker runs during these reads.
 */
async function foldStatistics(ctx: BenchContext) {
  const dataSource = new DataSource(dataSourceOptions(ctx.databaseUrl, [], { poolSize: 1 }));
  await dataSource.initialize();
  try {
    const statistics = new IncidentStatistics(dataSource);
    while ((await statistics.fold()) > 0);
  } finally {
    await dataSource.destroy();
  }
}

export async function incidentsSection(ctx: BenchContext): Promise<void> {
  forgetCreatedIncidents(ctx);
  await foldStatistics(ctx);
  const api = await ApiProcess.start({ DATABASE_URL: ctx.databaseUrl, LOG_LEVEL: 'warn' });
  const memory = new MemorySampler({ api: api.pid }).start();
  try {
    const token = await api.login('analyst@demo.example');
    const phases: [string, () => Promise<void>][] = [
      ['lists', () => lists(ctx, api, token)],
      ['search', () => search(ctx, api, token)],
      ['dashboard', () => dashboard(ctx, api, token)],
      ['creation', () => createIncidents(ctx, api, token)],
    ];
    for (const [phase, run] of phases) {
      await run();
      process.stdout.write(
        `  api resident memory peak after ${phase}: ${round(memory.soFar().api, 0)} MiB\n`,
      );
    }
  } finally {
    ctx.memory.api = Math.max(ctx.memory.api ?? 0, memory.stop().api);
    await api.stop();
    forgetCreatedIncidents(ctx);
    await foldStatistics(ctx);
  }
}
