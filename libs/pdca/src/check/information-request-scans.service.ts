import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@tracker/audit';
import { systemActor } from '@tracker/core';
import { NotificationsService } from '../notifications/notifications.service';

const TODAY = `(now() AT TIME ZONE 'Asia/Tokyo')::date`;

/**
 * The scheduled scan of the Check stage (docs/adr/0015): information requests still open past
 * their due date. The analyst who sent the request (the actor of its creation in the audit
 * trail) and the investigation's lead analyst hear once per request and due date; extending the
 * due date makes a new reminder when the new one passes.
 */
@Injectable()
export class InformationRequestScansService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly notifications: NotificationsService,
  ) {}

  overdue(): Promise<{ notified: number }> {
    return this.uow.run(systemActor('scan.information-requests-overdue'), async (tx) => ({
      notified: await this.notifications.notifyFrom(tx, {
        sql: `SELECT u.id AS recipient_id, 'information_request_overdue' AS kind,
                     '回答期限超過 / Information request overdue: ' || o.subject AS title,
                     o.organisation || ' への情報提供の求め「' || o.subject || '」は期限 (' || o.due || E') を過ぎても回答がありません。\\n'
                       || 'The information request "' || o.subject || '" to ' || o.organisation
                       || ' has had no answer since its due date (' || o.due || ').' AS body,
                     'information_request_overdue:' || o.id || ':' || o.due AS dedupe_key,
                     NULL::uuid AS review_task_id
                FROM (SELECT r.id, r.subject, to_char(r.due_date, 'YYYY-MM-DD') AS due,
                             coalesce(org.name_ja, org.name_en, '') AS organisation, v.lead_analyst_id,
                             (SELECT e.actor_id FROM audit_event e
                               WHERE e.entity_type = 'information_request' AND e.entity_id = r.id::text
                                 AND e.action = 'information_request.create'
                               ORDER BY e.id LIMIT 1) AS sender_id
                        FROM information_request r
                        JOIN investigation v ON v.id = r.investigation_id
                        JOIN organisation org ON org.id = r.organisation_id
                       WHERE r.status = 'open' AND r.due_date < ${TODAY}) o
                JOIN app_user u ON u.disabled_at IS NULL AND u.id IN (o.sender_id, o.lead_analyst_id)`,
      }),
    }));
  }
}
