import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@tracker/core';
import { AuditSealer } from './audit-sealer';

/**
 * Seals new audit events every few hundred milliseconds. Any number of processes may run it;
 * the sealer's advisory lock lets one work at a time.
 */
@Injectable()
export class AuditSealSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AuditSealSchedule.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly sealer: AuditSealer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap() {
    const every = this.config.auditSealIntervalMs;
    if (!every) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.sealer
        .sealPending()
        .catch((error: Error) => this.logger.warn(`audit sealing failed: ${error.message}`))
        .finally(() => (this.running = undefined));
    }, every);
    this.timer.unref();
  }

  async onApplicationShutdown() {
    clearInterval(this.timer);
    await this.running;
  }
}
