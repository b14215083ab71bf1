import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnitOfWork, type Tx } from '@tracker/audit';
import type { NotificationKind } from '@tracker/contracts';
import { NotFoundError, systemActor, type Actor } from '@tracker/core';
import { fetchPage, type ListRequest, type Page } from '@tracker/database';
import type { DataSource } from 'typeorm';
import { Mailer } from './mailer';
import { Notification } from './notification.entity';
import { notificationList } from './notification.lists';

export interface NewNotification {
  kind: NotificationKind;
  title: string;
  body: string;
  reviewTaskId?: string | null;
  /** Unique per recipient: the same key is never notified twice. */
  dedupeKey: string;
}

/** A query yielding user ids (column `id`), with its parameters ($1 …). */
export interface RecipientQuery {
  sql: string;
  params: unknown[];
}

/** Who is notified: user ids, or the query that finds them. */
export type Recipients = readonly string[] | RecipientQuery;

/**
 * The in-app inbox of each user, and the e-mail that follows each notification when SMTP is
 * configured (SMTP_URL).
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly mailer: Mailer,
  ) {}

  listMine(request: ListRequest, actor: Actor): Promise<Page<Notification>> {
    const qb = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.recipient_id = :me', { me: actor.userId });
    return fetchPage(qb, notificationList, request);
  }

  listAll(request: ListRequest): Promise<Page<Notification>> {
    const qb = this.dataSource.getRepository(Notification).createQueryBuilder('n');
    return fetchPage(qb, notificationList, request);
  }

  /** Marks one of my notifications read; marking it again changes nothing. */
  markRead(id: string, actor: Actor): Promise<Notification> {
    return this.uow.run(actor, async (tx) => {
      const notification = await tx.lock(Notification, id);
      // Someone else's notification does not exist as far as this user can tell.
      if (notification.recipientId !== actor.userId) throw new NotFoundError('notification', id);
      if (notification.readAt) return notification;
      notification.readAt = new Date();
      return tx.save(notification, 'read');
    });
  }

  /**
   * Notifies each recipient who has not had this notification (same dedupe key) yet, in the
   * caller's transaction, and asks for the e-mail. `recipients` are user ids, or a query that
   * yields them (column `id`), so finding the people and notifying them is one statement.
   * Returns how many were created. Callers hold a lock on what the notification is about, so two
   * of them never race on one key.
   */
  async notify(tx: Tx, recipients: Recipients, message: NewNotification): Promise<number> {
    if (!('sql' in recipients)) {
      if (!recipients.length) return 0;
      const ids = { sql: 'SELECT unnest($1::uuid[]) AS id', params: [[...new Set(recipients)]] };
      return this.notify(tx, ids, message);
    }
    const params = [...recipients.params];
    const param = (value: unknown) => `$${params.push(value)}`;
    return this.notifyFrom(tx, {
      sql: `SELECT r.id AS recipient_id, ${param(message.kind)}::text AS kind,
                   ${param(message.title)}::text AS title, ${param(message.body)}::text AS body,
                   ${param(message.dedupeKey)}::text AS dedupe_key,
                   ${param(message.reviewTaskId ?? null)}::uuid AS review_task_id
              FROM (${recipients.sql}) AS r`,
      params,
    });
  }

  /**
   * Notifications from a query (scans notify many at once): `select` yields one row per notification, with the
   * columns recipient_id, kind, title, body, dedupe_key (and review_task_id, or NULL). Those a
   * recipient already had (same dedupe key) are skipped, so a scan that runs again notifies no
   * one twice, even when two runs overlap. Returns how many were created.
   */
  async notifyFrom(tx: Tx, select: { sql: string; params?: unknown[] }): Promise<number> {
    const created = await tx.insertFrom(
      Notification,
      {
        // Most candidates were notified on an earlier run: skip them before inserting.
        sql: `SELECT DISTINCT ON (s.recipient_id, s.dedupe_key) s.* FROM (${select.sql}) AS s
               WHERE NOT EXISTS (SELECT 1 FROM notification n
                                  WHERE n.recipient_id = s.recipient_id AND n.dedupe_key = s.dedupe_key)`,
        params: select.params,
        columns: ['recipient_id', 'kind', 'title', 'body', 'dedupe_key', 'review_task_id'],
      },
      {
        onConflict: 'ON CONFLICT (recipient_id, dedupe_key) DO NOTHING',
        // Without SMTP no e-mail will be sent: no job to ask for it.
        emit: this.mailer.enabled
          ? { job: 'notification.send-email', payload: { notificationId: 'id' } }
          : undefined,
      },
    );
    return created.length;
  }

  /** The e-mail job: sends a notification once and records that it was sent. */
  async sendEmail(id: string): Promise<'sent' | 'skipped'> {
    // Asked for before SMTP was switched off: nothing to send, no need to read the notification.
    if (!this.mailer.enabled) return 'skipped';
    const [row]: { email: string; title: string; body: string; emailed_at: Date | null }[] =
      await this.dataSource.query(
        `SELECT u.email, n.title, n.body, n.emailed_at
           FROM notification n JOIN app_user u ON u.id = n.recipient_id
          WHERE n.id = $1 AND u.disabled_at IS NULL`,
        [id],
      );
    if (!row || row.emailed_at) return 'skipped';
    await this.mailer.send({ to: row.email, subject: row.title, text: row.body });
    await this.uow.run(systemActor('mailer'), async (tx) => {
      const notification = await tx.lock(Notification, id);
      if (notification.emailedAt) return;
      notification.emailedAt = new Date();
      await tx.save(notification, 'email');
    });
    return 'sent';
  }
}
