import { DUPLICATES_STATEMENT, duplicatesParams, scoreIncident } from '@tracker/pdca';
import { Client } from 'pg';
import type { BenchContext } from '../lib/context';
import { MemorySampler } from '../lib/memory';
import { deleteQueueKeys, startBenchWorker, stopBenchWorker } from '../lib/workers';
import { printRow } from '../lib/report';
import { round } from '../lib/stats';
import { psql } from '../lib/sql';
import { CREATED_TITLE_EN } from './incidents';

const WORKERS = 2;
const GOAL_JOBS_PER_SECOND = 200;

/**
 * Reported incidents no triage has reached yet, drawn at random from the generated ones (each
 * run takes fresh ones) — not the creation benchmark's: tens of thousands of incidents with one
 * title on one day, a worst case for the duplicate search rather than a ministry's mix.
 */
function untriaged(databaseUrl: string, count: number): string[] {
  return psql(
    databaseUrl,
    `SELECT i.id FROM incident i TABLESAMPLE SYSTEM (10)
      WHERE i.status = 'reported' AND i.confidentiality <> 'confidential'
        AND i.title_en NOT LIKE '${CREATED_TITLE_EN}%'
        AND NOT EXISTS (SELECT 1 FROM review_task t WHERE t.subject_id = i.id AND t.kind = 'triage')
      LIMIT ${count}`,
  );
}

/**
 * The baseline: the job's own reads and search without the framework — lock the incident, score
 * it, run the duplicate SQL — on `clients` connections (as many as workers), rolled back.
 */
async function directLoop(databaseUrl: string, ids: string[], clients: number): Promise<number> {
  const queue = [...ids];
  const started = Date.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const db = new Client({ connectionString: databaseUrl });
      await db.connect();
      try {
        for (let id = queue.pop(); id; id = queue.pop()) {
          await db.query('BEGIN');
          const {
            rows: [row],
          } = await db.query(
            `SELECT id, title_ja AS "titleJa", title_en AS "titleEn", occurred_date::text AS "occurredDate",
                    confidentiality, sector, risk_categories AS "riskCategories",
                    affected_interests AS "affectedInterests", people_affected AS "peopleAffected",
                    advanced_ai AS "advancedAi", open_weight AS "openWeight", severity
               FROM incident WHERE id = $1 FOR UPDATE`,
            [id],
          );
          scoreIncident(row);
          await db.query({ ...DUPLICATES_STATEMENT, values: duplicatesParams(row) });
          await db.query('ROLLBACK');
        }
      } finally {
        await db.end();
      }
    }),
  );
  return ids.length / ((Date.now() - started) / 1000);
}

/**
 * Triage throughput: N `incident.triage` jobs for existing reported incidents, through the
 * outbox and BullMQ into two worker processes (score, duplicate search on a million incidents,
 * task, notifications, all audited), against the same scoring and duplicate SQL run directly.
 */
export async function triageSection(ctx: BenchContext) {
  const jobs = ctx.quick ? 300 : 2000;
  const ids = untriaged(ctx.databaseUrl, jobs * 2);
  if (ids.length < jobs * 2) throw new Error(`only ${ids.length} untriaged reported incidents`);
  const [baselineIds, jobIds] = [ids.slice(0, jobs), ids.slice(jobs)];

  const direct = await directLoop(ctx.databaseUrl, baselineIds, WORKERS);
  process.stdout.write(
    `  baseline: ${round(direct, 0)} incidents/s scored and searched directly\n`,
  );

  const prefix = `bench-triage-${process.pid}`;
  const workers = await Promise.all(
    Array.from({ length: WORKERS }, () => startBenchWorker(ctx.databaseUrl, prefix)),
  );
  const memory = new MemorySampler(
    Object.fromEntries(workers.map((w, i) => [`worker ${i + 1}`, w.pid])),
  ).start();
  let rate = 0;
  let seconds = 0;
  try {
    const list = `ARRAY[${jobIds.map((id) => `'${id}'`).join(',')}]::uuid[]`;
    const started = Date.now();
    psql(
      ctx.databaseUrl,
      `INSERT INTO outbox_event (type, payload)
       SELECT 'incident.triage', jsonb_build_object('incidentId', id) FROM unnest(${list}) id`,
    );
    const deadline = started + 30 * 60_000;
    for (;;) {
      const [done] = psql(
        ctx.databaseUrl,
        `SELECT count(*) FROM review_task WHERE kind = 'triage' AND subject_id = ANY(${list})`,
      ).map(Number);
      if (done >= jobs) break;
      if (Date.now() > deadline) throw new Error(`only ${done} of ${jobs} triage jobs done`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    seconds = (Date.now() - started) / 1000;
    rate = jobs / seconds;
  } finally {
    await Promise.all(workers.map(stopBenchWorker));
    const peaks = memory.stop();
    ctx.memory.worker = Math.max(ctx.memory.worker ?? 0, ...Object.values(peaks));
    await deleteQueueKeys(prefix);
  }

  const row = {
    operation: `triage: ${jobs} incident.triage jobs (score, duplicates among 1M, task, notifications), ${WORKERS} worker processes`,
    measured: `${round(rate, 0)} jobs/s (${round(seconds, 1)} s)`,
    baseline: `${round(direct, 0)} incidents/s: lock, score and duplicate SQL direct on ${WORKERS} connections`,
    ratio: `${round(rate / direct, 2)}× the direct SQL`,
    goal: `≥ ${GOAL_JOBS_PER_SECOND} jobs/s`,
    met: rate >= GOAL_JOBS_PER_SECOND,
  };
  ctx.rows.push(row);
  printRow(row);
}
