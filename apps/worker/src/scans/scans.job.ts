import { Injectable } from '@nestjs/common';
import {
  GuidanceFollowUpScanService,
  InformationRequestScansService,
  MeasureScansService,
} from '@tracker/pdca';
import { JobHandler } from '@tracker/queue';

/** The scheduled scans of the stages (docs/adr/0015): each handler is one service call. */
@Injectable()
export class ScanJobs {
  constructor(
    private readonly measures: MeasureScansService,
    private readonly informationRequests: InformationRequestScansService,
    private readonly guidance: GuidanceFollowUpScanService,
  ) {}

  @JobHandler('scan.measures-late')
  measuresLate() {
    return this.measures.measuresLate();
  }

  @JobHandler('scan.milestones-due')
  milestonesDue() {
    return this.measures.milestonesDue();
  }

  @JobHandler('scan.information-requests-overdue')
  informationRequestsOverdue() {
    return this.informationRequests.overdue();
  }

  @JobHandler('scan.guidance-follow-up-due')
  guidanceFollowUpDue() {
    return this.guidance.followUpDue();
  }
}
