import { Injectable } from '@nestjs/common';
import { IncidentStatistics } from '@tracker/pdca';
import { JobHandler } from '@tracker/queue';

@Injectable()
export class StatisticsJobs {
  constructor(private readonly incidents: IncidentStatistics) {}

  @JobHandler('scan.incident-stats-fold')
  async fold() {
    let folded = 0;
    for (let batch = await this.incidents.fold(); batch > 0; batch = await this.incidents.fold()) {
      folded += batch;
    }
    return { folded };
  }
}
