import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditEvent, type Tx } from '@tracker/audit';
import type { CommentableType } from '@tracker/contracts';
import { Brackets, type DataSource } from 'typeorm';
import { Comment } from './comment.entity';
import type { Redactor } from './confidential-fields';

export type TimelineEntry =
  | { kind: 'comment'; at: Date; actorLabel: string; id: string; body: string }
  | {
      kind: 'change';
      at: Date;
      actorLabel: string;
      sequence: string;
      action: string;
      entityType: string;
      entityId: string | null;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
      redactedFields: string[];
    };

/** Records whose changes belong on a timeline, with their current state (for redaction). */
export type TimelineSubjects = Record<string, { id: string; current: object }[]>;

/**
 * Comments on a record and the changes the audit trail holds for it (and for the records of its
 * case file), in time order. Usable for any record type: a comment is entity type + id.
 */
@Injectable()
export class TimelineService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Adds a comment inside the caller's transaction (which has checked the record exists). */
  addComment(tx: Tx, entityType: CommentableType, entityId: string, body: string) {
    return tx.insert(
      tx.em.create(Comment, {
        entityType,
        entityId,
        body,
        authorId: tx.actor.userId,
        authorLabel: tx.actor.label,
      }),
    );
  }

  async of(
    entityType: CommentableType,
    entityId: string,
    subjects: TimelineSubjects,
    redactor: Redactor,
  ): Promise<TimelineEntry[]> {
    const comments = await this.dataSource
      .getRepository(Comment)
      .find({ where: { entityType, entityId }, order: { createdAt: 'ASC' } });
    const current = new Map<string, object>();
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    qb.where(
      new Brackets((or) => {
        for (const [index, [type, records]] of Object.entries(subjects).entries()) {
          for (const r of records) current.set(`${type}:${r.id}`, r.current);
          or.orWhere(`(e.entity_type = :t${index} AND e.entity_id = ANY(:ids${index}))`, {
            [`t${index}`]: type,
            [`ids${index}`]: records.map((r) => r.id),
          });
        }
      }),
    ).orderBy('e.id', 'ASC');
    const events = await qb.getMany();
    const entries: TimelineEntry[] = [
      ...comments.map((c) => ({
        kind: 'comment' as const,
        at: c.createdAt,
        actorLabel: c.authorLabel,
        id: c.id,
        body: c.body,
      })),
      ...events.map((e) => {
        const seen = redactor.event(e, current.get(`${e.entityType}:${e.entityId}`) ?? null);
        return {
          kind: 'change' as const,
          at: e.occurredAt,
          actorLabel: e.actorLabel,
          sequence: e.id,
          action: e.action,
          entityType: e.entityType,
          entityId: e.entityId,
          before: seen.before,
          after: seen.after,
          redactedFields: seen.redactedFields,
        };
      }),
    ];
    return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
  }
}
