import { Injectable } from '@nestjs/common';
import { JobHandler, OutboxRelay } from '@tracker/queue';

@Injectable()
export class OutboxJobs {
  constructor(private readonly relay: OutboxRelay) {}

  @JobHandler('scan.outbox-prune')
  async prune() {
    return { deleted: await this.relay.prune() };
  }
}
