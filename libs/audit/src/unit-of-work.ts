import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  NotFoundError,
  ReferenceNotFoundError,
  StaleVersionError,
  type Actor,
} from '@tracker/core';
import { isJobName, type JobName, type JobPayload } from '@tracker/queue/job.registry';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { diffSnapshots, NOT_AUDITED, toSnapshot, type Snapshot } from './audit-diff';

export interface AuditEntry {
  /** `<entity type>.<verb>`, e.g. `plan_version.approve`, or `auth.login`. */
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Snapshot | null;
  after?: Snapshot | null;
}

const label = (table: string) => table.replace(/_/g, ' ');

/**
 * One write transaction: the change, its audit events and its outbox events commit together or
 * not at all. Records loaded through `get`/`lock` remember their state, so `save` can audit
 * exactly the fields that changed.
 */
export class Tx {
  private readonly loaded = new WeakMap<object, Snapshot>();

  constructor(
    readonly em: EntityManager,
    readonly actor: Actor,
  ) {}

  private tableOf(entity: ObjectLiteral): string {
    return this.em.connection.getMetadata(entity.constructor).tableName;
  }

  snapshot(entity: ObjectLiteral): Snapshot {
    const meta = this.em.connection.getMetadata(entity.constructor);
    const values: Record<string, unknown> = {};
    for (const column of meta.columns) values[column.propertyName] = column.getEntityValue(entity);
    return toSnapshot(values);
  }

  /** Remembers the state of a record loaded by other means, so `save` can audit its changes. */
  track<T extends ObjectLiteral>(entity: T): T {
    this.loaded.set(entity, this.snapshot(entity));
    return entity;
  }

  /** Reads a record the change depends on (404 if it does not exist). */
  async get<T extends ObjectLiteral>(
    target: EntityTarget<T>,
    id: string,
    lock?: 'share' | 'update',
  ): Promise<T> {
    const found = await this.find(target, id, lock);
    if (!found)
      throw new NotFoundError(label(this.em.getRepository(target).metadata.tableName), id);
    return this.track(found);
  }

  /**
   * Reads a record the request body refers to in `field`; a missing one is a 422 naming the
   * field. Lock it `share` when the change depends on its state staying as read.
   */
  async ref<T extends ObjectLiteral>(
    target: EntityTarget<T>,
    id: string,
    field: string,
    lock?: 'share' | 'update',
  ): Promise<T> {
    const found = await this.find(target, id, lock);
    if (!found) {
      throw new ReferenceNotFoundError(
        field,
        label(this.em.getRepository(target).metadata.tableName),
        id,
      );
    }
    return this.track(found);
  }

  private find<T extends ObjectLiteral>(
    target: EntityTarget<T>,
    id: string,
    lock?: 'share' | 'update',
  ) {
    return this.em.findOne(target, {
      where: { id } as never,
      ...(lock
        ? { lock: { mode: lock === 'share' ? 'pessimistic_read' : 'pessimistic_write' } }
        : {}),
    });
  }

  /**
   * Reads a record to change it: locks its row until commit and, when the caller says which
   * version it read, refuses a stale one with 409.
   */
  async lock<T extends ObjectLiteral & { version: number }>(
    target: EntityTarget<T>,
    id: string,
    expectedVersion?: number,
  ): Promise<T> {
    const found = await this.em.findOne(target, {
      where: { id } as never,
      lock: { mode: 'pessimistic_write' },
    });
    const table = this.em.getRepository(target).metadata.tableName;
    if (!found) throw new NotFoundError(label(table), id);
    if (expectedVersion !== undefined && found.version !== expectedVersion) {
      throw new StaleVersionError(label(table), expectedVersion, found.version);
    }
    return this.track(found);
  }

  /** Inserts a new record and audits it as `<table>.<verb>` with its full state. */
  async insert<T extends ObjectLiteral>(entity: T, verb = 'create'): Promise<T> {
    const saved = await this.em.save(entity);
    const table = this.tableOf(saved);
    await this.record({
      action: `${table}.${verb}`,
      entityType: table,
      entityId: String(saved.id),
      before: null,
      after: this.snapshot(saved),
    });
    return this.track(saved);
  }

  /**
   * Saves a record loaded in this transaction and audits the fields that changed. A plain
   * update that changes nothing writes nothing; a named action (a transition) is always audited.
   */
  async save<T extends ObjectLiteral>(entity: T, verb = 'update'): Promise<T> {
    const before = this.loaded.get(entity);
    if (!before) throw new Error('Tx.save needs a record loaded with get() or lock() first');
    const diff = diffSnapshots(before, this.snapshot(entity));
    if (!diff.changed && verb === 'update') return entity;
    const saved = await this.em.save(entity);
    const table = this.tableOf(saved);
    await this.record({
      action: `${table}.${verb}`,
      entityType: table,
      entityId: String(saved.id),
      before: diff.before,
      after: diff.after,
    });
    return this.track(saved);
  }

  /** Deletes a record and keeps its last state in the trail. */
  async remove<T extends ObjectLiteral>(entity: T, verb = 'delete'): Promise<void> {
    const table = this.tableOf(entity);
    const id = String(entity.id);
    const before = this.loaded.get(entity) ?? this.snapshot(entity);
    await this.em.remove(entity);
    await this.record({ action: `${table}.${verb}`, entityType: table, entityId: id, before });
  }

  /**
   * The set-based `insert`, for scans over many records: inserts the rows `select` yields (its
   * columns named like the table's, snake_case), skips those `onConflict` rejects (e.g. `ON
   * CONFLICT (recipient_id, dedupe_key) DO NOTHING`), and audits each inserted row as
   * `<table>.<verb>` with its full state, all in one statement. Returns the new ids.
   */
  async insertFrom<T extends ObjectLiteral>(
    target: EntityTarget<T>,
    select: { sql: string; params?: unknown[]; columns: readonly string[] },
    options: { onConflict?: string; verb?: string } = {},
  ): Promise<string[]> {
    const meta = this.em.connection.getMetadata(target);
    const table = meta.tableName;
    const params = [...(select.params ?? [])];
    const param = (value: unknown) => `$${params.push(value)}`;
    const snapshot = meta.columns
      .filter((c) => !NOT_AUDITED.has(c.propertyName))
      .map((c) => {
        const column = `t.${c.databaseName}`;
        // The same JSON as toSnapshot() of the loaded entity (Dates as ISO strings).
        const value =
          c.type === 'timestamptz'
            ? `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
            : c.type === 'date'
              ? `to_char(${column}, 'YYYY-MM-DD')`
              : column;
        return `'${c.propertyName}', ${value}`;
      });
    // jsonb_build_object takes at most 100 arguments: concatenate objects of 40 pairs.
    const objects: string[] = [];
    for (let i = 0; i < snapshot.length; i += 40) {
      objects.push(`jsonb_build_object(${snapshot.slice(i, i + 40).join(', ')})`);
    }
    const columns = select.columns.join(', ');
    const rows: { id: string }[] = await this.em.query(
      `WITH inserted AS (
         INSERT INTO ${table} (${columns}) SELECT ${columns} FROM (${select.sql}) AS s
         ${options.onConflict ?? ''} RETURNING *),
       audited AS (
         INSERT INTO audit_event (actor_id, actor_label, action, entity_type, entity_id, before, after, request_id)
         SELECT ${param(this.actor.userId)}::uuid, ${param(this.actor.label)}, ${param(`${table}.${options.verb ?? 'create'}`)},
                ${param(table)}, t.id::text, NULL, ${objects.join(' || ')}, ${param(this.actor.requestId)}
           FROM inserted t)
       SELECT id FROM inserted`,
      params,
    );
    return rows.map((r) => String(r.id));
  }

  /** Appends an audit event that is not a plain record change (sign-in, sign-out ...). */
  async record(entry: AuditEntry): Promise<void> {
    await this.em.query(
      `INSERT INTO audit_event (actor_id, actor_label, action, entity_type, entity_id, before, after, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        this.actor.userId,
        this.actor.label,
        entry.action,
        entry.entityType,
        entry.entityId,
        entry.before ? JSON.stringify(entry.before) : null,
        entry.after ? JSON.stringify(entry.after) : null,
        this.actor.requestId,
      ],
    );
  }

  /**
   * Asks for follow-up work: stores an outbox event that the worker relays to the job `job` once
   * this transaction has committed (never if it rolls back). With `runAt` the job waits until
   * then (an escalation at a deadline, say).
   */
  async emit<N extends JobName>(
    job: N,
    payload: JobPayload<N>,
    options: { runAt?: Date } = {},
  ): Promise<void> {
    if (!isJobName(job)) throw new Error(`${job} is not a registered job`);
    await this.em.query(`INSERT INTO outbox_event (type, payload, run_at) VALUES ($1, $2, $3)`, [
      job,
      JSON.stringify(payload),
      options.runAt ?? null,
    ]);
  }

  /** `emit` for many jobs of one kind in one statement (a scan's follow-up work). */
  async emitMany<N extends JobName>(
    job: N,
    jobs: readonly { payload: JobPayload<N>; runAt?: Date | null }[],
  ): Promise<void> {
    if (!isJobName(job)) throw new Error(`${job} is not a registered job`);
    if (!jobs.length) return;
    await this.em.query(
      `INSERT INTO outbox_event (type, payload, run_at)
       SELECT $1, j.payload, j.run_at FROM jsonb_to_recordset($2::jsonb) AS j(payload jsonb, run_at timestamptz)`,
      [job, JSON.stringify(jobs.map((j) => ({ payload: j.payload, run_at: j.runAt ?? null })))],
    );
  }
}

@Injectable()
export class UnitOfWork {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction on behalf of `actor`. */
  run<T>(actor: Actor, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((em) => work(new Tx(em, actor)));
  }
}
