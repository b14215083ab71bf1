import { Injectable } from '@nestjs/common';
import { ReviewWorkflow } from '@tracker/pdca';
import { JobHandler, type JobPayload } from '@tracker/queue';

/** Review tasks from queue messages: each handler is one call to the review workflow. */
@Injectable()
export class ReviewJobs {
  constructor(private readonly workflow: ReviewWorkflow) {}

  @JobHandler('review.open-task')
  async openTask(payload: JobPayload<'review.open-task'>) {
    const task = await this.workflow.open(payload);
    return task ? { opened: task.id } : { opened: null };
  }

  @JobHandler('review.escalate')
  async escalate(payload: JobPayload<'review.escalate'>) {
    return { result: await this.workflow.escalate(payload.taskId, payload.level) };
  }

  @JobHandler('scan.review-tasks-due')
  scanDue() {
    return this.workflow.scanDue();
  }
}
