import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@tracker/audit';
import { systemActor } from '@tracker/core';
import { NotificationsService } from '../notifications/notifications.service';
import {
  LAST_PERIOD_END_SQL,
  LAST_PERIOD_LABEL_SQL,
  LAST_PERIOD_START_SQL,
  sqlList,
  TODAY_IN_JAPAN_SQL as TODAY,
} from './measure-derived.sql';
import { MILESTONE_WATCHED_STATUSES, REPORT_WATCHED_STATUSES } from './measure-lateness';

/** How far ahead the owners of a measure hear of a milestone coming due. */
export const MILESTONE_DUE_WITHIN_DAYS = 14;

/** The coordinators of the measure's lead ministry (`l.lead_ministry`): the measure's owners. */
const OWNERS = `JOIN app_user u ON u.disabled_at IS NULL AND 'coordinator' = ANY (u.roles)
                                AND u.ministry = l.lead_ministry`;

const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/**
 * Lateness as the rule of measure-lateness.ts states it, one row per reason, set-based: each
 * overdue milestone (keyed by milestone and due date) and the missing report of the last
 * complete period (keyed by period). A reason is notified once: moving a due date makes a new one.
 */
const LATE_REASONS = `
  SELECT m.id, m.code, m.title_ja, m.title_en, m.lead_ministry,
         'milestone:' || mm.id || ':' || ${day('mm.due_date')} AS reason,
         'マイルストーン「' || mm.title_ja || '」の期限 (' || ${day('mm.due_date')} || ') を過ぎています' AS why_ja,
         'milestone "' || mm.title_en || '" was due on ' || ${day('mm.due_date')} AS why_en
    FROM measure_milestone mm JOIN measure m ON m.id = mm.measure_id
   WHERE mm.done_on IS NULL AND mm.due_date < ${TODAY}
     AND m.status IN (${sqlList(MILESTONE_WATCHED_STATUSES)})
  UNION ALL
  SELECT m.id, m.code, m.title_ja, m.title_en, m.lead_ministry,
         'report:' || ${LAST_PERIOD_LABEL_SQL},
         ${LAST_PERIOD_LABEL_SQL} || ' の進捗報告が提出されていません',
         'no progress report for ' || ${LAST_PERIOD_LABEL_SQL}
    FROM measure m
   WHERE m.status IN (${sqlList(REPORT_WATCHED_STATUSES)}) AND m.start_date <= ${LAST_PERIOD_END_SQL}
     AND NOT EXISTS (SELECT 1 FROM progress_report r
                      WHERE r.measure_id = m.id AND r.status = 'submitted'
                        AND r.period_start = ${LAST_PERIOD_START_SQL})`;

/**
 * The scheduled scans of the Do stage (docs/adr/0015): each is one set-based statement that
 * notifies the measure's owners of what they have not heard of yet, so a run that repeats, or
 * overlaps another, notifies no one twice.
 */
@Injectable()
export class MeasureScansService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly notifications: NotificationsService,
  ) {}

  /** Measures that became late: their owners hear once per reason (milestone or report). */
  measuresLate(): Promise<{ notified: number }> {
    return this.uow.run(systemActor('scan.measures-late'), async (tx) => ({
      notified: await this.notifications.notifyFrom(tx, {
        sql: `SELECT u.id AS recipient_id, 'measure_late' AS kind,
                     '施策の遅延 / Measure late: ' || l.code || ' ' || l.title_ja AS title,
                     l.code || ' ' || l.title_ja || ': ' || l.why_ja || E'\\n'
                       || l.code || ' ' || l.title_en || ': ' || l.why_en AS body,
                     'measure_late:' || l.id || ':' || l.reason AS dedupe_key,
                     NULL::uuid AS review_task_id
                FROM (${LATE_REASONS}) l ${OWNERS}`,
      }),
    }));
  }

  /** Milestones due within 14 days: the owners hear once per milestone and due date. */
  milestonesDue(): Promise<{ notified: number }> {
    return this.uow.run(systemActor('scan.milestones-due'), async (tx) => ({
      notified: await this.notifications.notifyFrom(tx, {
        sql: `SELECT u.id AS recipient_id, 'milestone_due_soon' AS kind,
                     '期限間近のマイルストーン / Milestone due ' || ${day('l.due_date')} || ': ' || l.code || ' ' || l.milestone_ja AS title,
                     l.code || ' ' || l.title_ja || ' のマイルストーン「' || l.milestone_ja || '」の期限は '
                       || ${day('l.due_date')} || E' です。\\n'
                       || 'Milestone "' || l.milestone_en || '" of ' || l.code || ' ' || l.title_en
                       || ' is due on ' || ${day('l.due_date')} || '.' AS body,
                     'milestone_due:' || l.milestone_id || ':' || ${day('l.due_date')} AS dedupe_key,
                     NULL::uuid AS review_task_id
                FROM (SELECT m.code, m.title_ja, m.title_en, m.lead_ministry, mm.id AS milestone_id,
                             mm.title_ja AS milestone_ja, mm.title_en AS milestone_en, mm.due_date
                        FROM measure_milestone mm JOIN measure m ON m.id = mm.measure_id
                       WHERE mm.done_on IS NULL
                         AND mm.due_date BETWEEN ${TODAY} AND ${TODAY} + $1::int
                         AND m.status IN (${sqlList(MILESTONE_WATCHED_STATUSES)})) l ${OWNERS}`,
        params: [MILESTONE_DUE_WITHIN_DAYS],
      }),
    }));
  }
}
