import { loadConfig } from '@tracker/core';
import { JobQueues, outboxJobId, RELAY_BATCH, type NewJob } from '@tracker/queue';
import type { BenchContext } from '../lib/context';
import { MemorySampler } from '../lib/memory';
import { deleteQueueKeys, REDIS_URL, startBenchWorker, stopBenchWorker } from '../lib/workers';
import { printRow } from '../lib/report';
import { round } from '../lib/stats';
import { psql } from '../lib/sql';

/** An escalation of a task that does not exist: the handler looks it up and has nothing to do. */
const escalation = (n: number): NewJob => ({
  name: 'review.escalate',
  data: { taskId: '00000000-0000-4000-8000-000000000000', level: n },
  jobId: outboxJobId(String(n)),
});

/**
 * Baseline: the same jobs added straight to BullMQ in the relay's batch size, no outbox —
 * what Redis and BullMQ allow on this machine.
 */
async function directAdds(events: number): Promise<number> {
  const prefix = `bench-direct-${process.pid}`;
  const queues = new JobQueues(
    loadConfig({ ...process.env, NODE_ENV: 'test', REDIS_URL, QUEUE_PREFIX: prefix }),
  );
  const started = performance.now();
  for (let first = 0; first < events; first += RELAY_BATCH) {
    const jobs: NewJob[] = [];
    for (let n = first; n < Math.min(events, first + RELAY_BATCH); n++) jobs.push(escalation(n));
    await queues.add(jobs);
  }
  const rate = events / ((performance.now() - started) / 1000);
  await queues.onApplicationShutdown();
  await deleteQueueKeys(prefix);
  return rate;
}

/**
 * A backlog of outbox events (as if Redis had been down while users kept writing) drained by
 * one real worker process, which also runs the jobs as they arrive.
 */
async function drain(ctx: BenchContext, events: number) {
  const prefix = `bench-relay-${process.pid}`;
  // Earlier runs' events are not this run's backlog.
  psql(
    ctx.databaseUrl,
    `UPDATE outbox_event SET relayed_at = now(), done_at = now() WHERE relayed_at IS NULL`,
  );
  psql(
    ctx.databaseUrl,
    `INSERT INTO outbox_event (type, payload)
     SELECT 'review.escalate', jsonb_build_object('taskId', '00000000-0000-4000-8000-000000000000', 'level', n)
       FROM generate_series(1, ${events}) n`,
  );
  const pending = () =>
    Number(psql(ctx.databaseUrl, `SELECT count(*) FROM outbox_event WHERE relayed_at IS NULL`)[0]);
  const worker = await startBenchWorker(ctx.databaseUrl, prefix);
  const memory = new MemorySampler({ worker: worker.pid }).start();
  const started = performance.now();
  let left = pending();
  while (left > 0) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    left = pending();
  }
  const seconds = (performance.now() - started) / 1000;
  const processed = Number(
    psql(
      ctx.databaseUrl,
      `SELECT count(*) FROM outbox_event WHERE type = 'review.escalate' AND done_at > now() - make_interval(secs => ${Math.ceil(seconds) + 5})`,
    )[0],
  );
  await stopBenchWorker(worker);
  ctx.memory.worker = Math.max(ctx.memory.worker ?? 0, memory.stop().worker);
  await deleteQueueKeys(prefix);
  psql(ctx.databaseUrl, `UPDATE outbox_event SET done_at = now() WHERE done_at IS NULL`);
  return { rate: events / seconds, seconds, processed };
}

export async function queueSection(ctx: BenchContext) {
  const events = ctx.quick ? 20_000 : 100_000;
  const baseline = await directAdds(events);
  const { rate, seconds, processed } = await drain(ctx, events);
  const row = {
    operation: `outbox relay: a backlog of ${events.toLocaleString('en')} events into BullMQ, one worker`,
    measured: `${round(rate, 0)} events/s (${round(seconds, 1)} s)`,
    baseline: `${round(baseline, 0)} jobs/s added straight to BullMQ, no outbox`,
    ratio: `${round(rate / baseline, 2)}×`,
    goal: '≥ 1,500 events/s',
    met: rate >= 1500,
  };
  ctx.rows.push(row);
  printRow(row);
  ctx.notes.push(
    `Outbox relay: while draining, the same worker also ran ${processed.toLocaleString('en')} of the jobs (each looks its review task up).`,
  );
}
