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
import { isJobName } from './job.registry';

interface OutboxRow {
  id: string;
  type: string;
  payload: object;
  delay_ms: number;
}

/** The job id of an outbox event: the same event is enqueued once, however often it is relayed. */
export const outboxJobId = (eventId: string) => `evt-${eventId}`;

/**
 * Moves committed outbox events into the queues. Each batch is claimed with
 * `FOR UPDATE SKIP LOCKED`, so several workers relay side by side without taking the same
 * event; the events are marked relayed in the same transaction once Redis accepted them. If
 * Redis is down the transaction rolls back and the events wait for the next round. If the
 * commit is lost after Redis accepted them, the next round enqueues them again under the same
 * job ids, which BullMQ ignores.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private failingSince?: number;

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
    this.schedule(relayed === BATCH ? 0 : this.config.queue.outboxPollMs);
  }

  /** Relays one batch of pending events; returns how many it relayed. */
  relayBatch(limit = BATCH): Promise<number> {
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
        jobs.push({
          name: row.type,
          data: row.payload,
          jobId: outboxJobId(row.id),
          delayMs: row.delay_ms,
        });
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

  /** Deletes events relayed before the retention period; returns how many. */
  async prune(retentionDays = OUTBOX_RETENTION_DAYS): Promise<number> {
    const [, deleted] = await this.dataSource.query(
      `DELETE FROM outbox_event WHERE relayed_at < now() - make_interval(days => $1)`,
      [retentionDays],
    );
    return Number(deleted);
  }

  async beforeApplicationShutdown() {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}

const BATCH = 200;
/** Relayed events are kept this long: enough to trace a job back to the write that asked for it. */
export const OUTBOX_RETENTION_DAYS = 30;
