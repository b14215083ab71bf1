import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@tracker/core';
import type { DataSource } from 'typeorm';
import { JobQueues, type NewJob } from './job-queues';
import { isJobName, type JobName } from './job.registry';

interface OutboxRow {
  id: string;
  type: string;
  payload: object;
  delay_ms: number;
}

/** The job id of an outbox event: the same event is enqueued once, however often it is relayed. */
export const outboxJobId = (eventId: string) => `evt-${eventId}`;

/** The outbox event of a job id, or undefined for a job that did not come from the outbox. */
export const outboxEventOf = (jobId: string | undefined) =>
  jobId?.startsWith('evt-') ? jobId.slice(4) : undefined;

/**
 * Moves committed outbox events into the queues. Each batch is claimed with
 * `FOR UPDATE SKIP LOCKED`, so several workers relay side by side without taking the same
 * event; the events are marked relayed in the same transaction once Redis accepted them. If
 * Redis is down the transaction rolls back and the events wait for the next round. If the
 * commit is lost after Redis accepted them, the next round enqueues them again under the same
 * job ids, which BullMQ ignores.
 *
 * Redis is not the record of the work: the worker marks an event done when its job succeeds,
 * and every `queue.recoveryMs` the relay looks for the jobs of events relayed earlier and not
 * done. A job Redis no longer has (it restarted without persistence) is relayed again.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private failingSince?: number;
  private lastRecovery = Date.now();
  private readonly done = new Set<string>();
  private doneTimer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();
  /** Where the next recovery pass goes on: passes walk the undone events in id order. */
  private recoveryCursor = '0';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap() {
    this.schedule(0);
  }

  private schedule(delay: number) {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.loop().finally(() => (this.running = undefined));
    }, delay);
  }

  private async loop() {
    let relayed = 0;
    try {
      relayed = await this.relayBatch();
      if (Date.now() - this.lastRecovery >= this.config.queue.recoveryMs) {
        await this.recoverLost();
        this.lastRecovery = Date.now();
      }
      if (this.failingSince) {
        this.logger.log(`relaying again after ${Date.now() - this.failingSince} ms`);
        this.failingSince = undefined;
      }
    } catch (error) {
      if (!this.failingSince) {
        this.failingSince = Date.now();
        this.logger.warn(`outbox relay paused: ${(error as Error).message}`);
      }
    }
    // A full batch means more may be waiting: go again at once.
    this.schedule(relayed === RELAY_BATCH ? 0 : this.config.queue.outboxPollMs);
  }

  /** Relays one batch of pending events; returns how many it relayed. */
  relayBatch(limit = RELAY_BATCH): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const rows: OutboxRow[] = await em.query(
        `SELECT id::text, type, payload,
                greatest(0, ceil(extract(epoch FROM (run_at - now())) * 1000))::int AS delay_ms
           FROM outbox_event
          WHERE relayed_at IS NULL
          ORDER BY id
          LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (!rows.length) return 0;
      const jobs: NewJob[] = [];
      const unknown: string[] = [];
      for (const row of rows) {
        if (!isJobName(row.type)) {
          unknown.push(row.id);
          continue;
        }
        jobs.push(this.jobOf(row));
      }
      await this.queues.add(jobs);
      if (unknown.length) {
        this.logger.error(`outbox events ${unknown.join(', ')} name no registered job`);
        await em.query(
          `UPDATE outbox_event SET relay_error = 'no such job' WHERE id = ANY($1::bigint[])`,
          [unknown],
        );
      }
      await em.query(`UPDATE outbox_event SET relayed_at = now() WHERE id = ANY($1::bigint[])`, [
        rows.map((r) => r.id),
      ]);
      return rows.length;
    });
  }

  /**
   * Relays again the events relayed at least `queue.recoveryMs` ago, not done, whose jobs Redis
   * no longer has; returns how many. A job that is waiting, delayed, running or failed is still
   * in Redis and is left alone.
   */
  async recoverLost(limit = RECOVERY_BATCH): Promise<number> {
    const rows: OutboxRow[] = await this.dataSource.query(
      `SELECT id::text, type, payload,
              greatest(0, ceil(extract(epoch FROM (run_at - now())) * 1000))::int AS delay_ms
         FROM outbox_event
        WHERE done_at IS NULL AND relayed_at IS NOT NULL AND relay_error IS NULL
          AND relayed_at < now() - make_interval(secs => $1::float8 / 1000)
          AND id > $2::bigint
        ORDER BY id
        LIMIT $3`,
      [this.config.queue.recoveryMs, this.recoveryCursor, limit],
    );
    this.recoveryCursor = rows.length === limit ? rows[rows.length - 1].id : '0';
    const jobs = rows.filter((row) => isJobName(row.type)).map((row) => this.jobOf(row));
    const lost = await this.queues.missing(jobs);
    if (!lost.length) return 0;
    await this.queues.add(lost);
    this.logger.warn(
      `relayed ${lost.length} events again: Redis no longer had their jobs (${lost
        .slice(0, 5)
        .map((job) => job.jobId)
        .join(', ')}${lost.length > 5 ? ', ...' : ''})`,
    );
    return lost.length;
  }

  /**
   * Notes that a job of an outbox event succeeded. Marks are written in batches (every
   * DONE_FLUSH_MS or DONE_BATCH jobs) rather than one UPDATE per job; a mark lost in a crash
   * only means recovery looks at the job again, and Redis still holds it as completed.
   */
  markDone(jobId: string | undefined): void {
    const eventId = outboxEventOf(jobId);
    if (!eventId || !/^\d+$/.test(eventId)) return;
    this.done.add(eventId);
    if (this.done.size >= DONE_BATCH) void this.flushDone();
    else this.doneTimer ??= setTimeout(() => void this.flushDone(), DONE_FLUSH_MS);
  }

  /** Writes the done marks noted so far; resolves when they (and earlier ones) are written. */
  flushDone(): Promise<void> {
    clearTimeout(this.doneTimer);
    this.doneTimer = undefined;
    const ids = [...this.done];
    this.done.clear();
    const previous = this.flushing;
    this.flushing = (async () => {
      await previous;
      if (!ids.length) return;
      try {
        await this.dataSource.query(
          `UPDATE outbox_event SET done_at = now() WHERE id = ANY($1::bigint[]) AND done_at IS NULL`,
          [ids],
        );
      } catch (error) {
        this.logger.warn(`could not mark ${ids.length} events done: ${(error as Error).message}`);
        for (const id of ids) this.done.add(id);
        if (!this.stopped) this.doneTimer ??= setTimeout(() => void this.flushDone(), 1000);
      }
    })();
    return this.flushing;
  }

  private jobOf(row: OutboxRow): NewJob {
    return {
      name: row.type as JobName,
      data: row.payload,
      jobId: outboxJobId(row.id),
      delayMs: row.delay_ms,
    };
  }

  /**
   * Deletes events done (or refused by the relay) before the retention period; returns how many.
   * An event whose job has not completed stays, however old (a review task's escalation waits
   * for its deadline), so that `recoverLost` can still relay it if Redis loses the job.
   */
  async prune(retentionDays = OUTBOX_RETENTION_DAYS): Promise<number> {
    const [, deleted] = await this.dataSource.query(
      `DELETE FROM outbox_event
        WHERE done_at < now() - make_interval(days => $1)
           OR (relay_error IS NOT NULL AND relayed_at < now() - make_interval(days => $1))`,
      [retentionDays],
    );
    return Number(deleted);
  }

  async beforeApplicationShutdown() {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    await this.flushDone();
  }
}

/** Events relayed per transaction. */
export const RELAY_BATCH = 200;
const RECOVERY_BATCH = 1000;
const DONE_BATCH = 500;
const DONE_FLUSH_MS = 200;
/** Relayed events are kept this long: enough to trace a job back to the write that asked for it. */
export const OUTBOX_RETENTION_DAYS = 30;
