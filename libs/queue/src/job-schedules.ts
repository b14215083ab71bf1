import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@tracker/core';
import { JobQueues } from './job-queues';
import { JOBS, QUEUES, type JobName } from './job.registry';

/** Cron patterns are read in the ministries' time zone. */
export const SCHEDULE_TIME_ZONE = 'Asia/Tokyo';

const SCHEDULED = (Object.keys(JOBS) as JobName[]).filter((name) => JOBS[name].cron);

/**
 * Registers every job of the registry that has a cron pattern as a BullMQ job scheduler, and
 * removes schedulers the registry no longer has. Upserting is idempotent, so any number of
 * workers may do it; BullMQ produces one job per tick whichever workers are running. Every
 * `queue.recoveryMs` it checks that Redis still has them (it may have restarted without its
 * data) and registers them again if not.
 */
@Injectable()
export class JobSchedules implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobSchedules.name);
  private retry?: NodeJS.Timeout;
  private check?: NodeJS.Timeout;

  constructor(
    private readonly queues: JobQueues,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap() {
    if (this.config.queue.schedules) void this.register();
  }

  async register(): Promise<void> {
    try {
      await this.sync();
      this.check = setInterval(() => void this.restoreLost(), this.config.queue.recoveryMs);
    } catch (error) {
      this.logger.warn(`could not register the schedules yet: ${(error as Error).message}`);
      this.retry = setTimeout(() => void this.register(), 5000);
    }
  }

  /** Registers the schedules again if Redis lost any of them; true when it did. */
  async restoreLost(): Promise<boolean> {
    try {
      const held = new Set<string>();
      for (const queueName of QUEUES) {
        for (const scheduler of await this.queues.get(queueName).getJobSchedulers()) {
          held.add(scheduler.key);
        }
      }
      const lost = SCHEDULED.filter((name) => !held.has(name));
      if (!lost.length) return false;
      this.logger.warn(`Redis lost the schedules of ${lost.join(', ')}: registering them again`);
      await this.sync();
      return true;
    } catch {
      return false; // Redis is away: the next check tries again.
    }
  }

  private async sync() {
    const scheduled = SCHEDULED;
    for (const name of scheduled) {
      const { queue, cron, attempts } = JOBS[name];
      await this.queues
        .get(queue)
        .upsertJobScheduler(
          name,
          { pattern: cron, tz: SCHEDULE_TIME_ZONE },
          { name, data: {}, opts: { attempts } },
        );
    }
    for (const queueName of QUEUES) {
      const queue = this.queues.get(queueName);
      for (const scheduler of await queue.getJobSchedulers()) {
        if (!scheduled.includes(scheduler.key as JobName)) {
          await queue.removeJobScheduler(scheduler.key);
        }
      }
    }
    this.logger.log(`schedules: ${scheduled.map((n) => `${n} (${JOBS[n].cron})`).join(', ')}`);
  }

  beforeApplicationShutdown() {
    clearTimeout(this.retry);
    clearInterval(this.check);
  }
}
