import { Injectable } from '@nestjs/common';
import { CycleEvaluationsService } from '@tracker/pdca';
import { JobHandler, type JobPayload } from '@tracker/queue';

/** Cycle evaluations (docs/adr/0015): the schedule asks for them, this fills them in. */
@Injectable()
export class CycleEvaluationJobs {
  constructor(private readonly evaluations: CycleEvaluationsService) {}

  @JobHandler('cycle.evaluate')
  async evaluate(payload: JobPayload<'cycle.evaluate'>) {
    return { result: await this.evaluations.evaluate(payload.evaluationId) };
  }

  @JobHandler('scan.cycle-evaluations-due')
  async requestDue() {
    return { requested: (await this.evaluations.requestScheduled()).length };
  }
}
