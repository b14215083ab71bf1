import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@tracker/audit';
import { systemActor } from '@tracker/core';
import { ReviewWorkflow } from '../review/review-workflow.service';
import { followUpDueSql } from './act.lists';

const TODAY = `(now() AT TIME ZONE 'Asia/Tokyo')::date`;

/**
 * The scheduled scan of the Act stage (docs/adr/0015): issued guidance whose follow-up date has
 * come and has no result yet (the rule GuidanceQueriesService.followUpDue reads) gets a
 * `follow_up` task for the analysts of its issuing authority. Once per follow-up date: a task
 * opened on or after that date, in whatever status, means it was done; a later follow-up date
 * gets a new task. Recording the follow-up result closes the task.
 */
@Injectable()
export class GuidanceFollowUpScanService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly reviews: ReviewWorkflow,
  ) {}

  async followUpDue(): Promise<{ opened: number }> {
    return this.uow.run(systemActor('scan.guidance-follow-up-due'), async (tx) => {
      const tasks = await this.reviews.openFrom(tx, 'follow_up', {
        sql: `SELECT 'guidance' AS subject_type, g.id AS subject_id,
                     g.reference_number || ' 第' || g.version_number || '版 ' || g.title_ja
                       || ' / ' || g.title_en || ' v' || g.version_number AS subject_label,
                     'follow_up' AS kind, 'analyst' AS assigned_role, g.issuing_authority AS ministry
                FROM guidance g
               WHERE ${followUpDueSql(TODAY)}
                 AND NOT EXISTS (SELECT 1 FROM review_task t
                                  WHERE t.subject_type = 'guidance' AND t.subject_id = g.id
                                    AND t.kind = 'follow_up'
                                    AND (t.created_at AT TIME ZONE 'Asia/Tokyo')::date >= g.follow_up_date)`,
      });
      return { opened: tasks.length };
    });
  }
}
