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
import { preparedQuery, statementOf } from '@tracker/database';
import { diffSnapshots, NOT_AUDITED, toSnapshot, type Snapshot } from './audit-diff';

export interface AuditEntry {
  /** `<entity type>.<verb>`, e.g. `plan_version.approve`, or `auth.login`. */
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Snapshot | null;
  after?: Snapshot | null;
}

/**
 * The follow-up job `insertFrom` asks for each row it inserts: every payload field, and the time
 * the job waits for, from a column of the inserted row (snake_case, as in the table).
 */
export interface EmitPerRow<N extends JobName> {
  job: N;
  payload: { [K in keyof JobPayload<N>]: string };
  runAt?: string;
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
   * The set-based `insert`, for scans over many records and for lean jobs: inserts the rows
   * `select` yields (its columns named like the table's, snake_case), skips those `onConflict`
   * rejects (e.g. `ON CONFLICT (recipient_id, dedupe_key) DO NOTHING`), audits each inserted row
   * as `<table>.<verb>` with its full state and, with `emit`, asks for a follow-up job per
   * inserted row (as `emit` does), all in one statement. Returns the inserted records.
   *
   * The statement is prepared (planning such a chain costs more than running it) and `select`
   * must hold parameters only, never values. It returns the columns the entity names, not `*`,
   * so a migration that adds a column does not change the result of a plan cached on a live
   * connection.
   */
  async insertFrom<T extends ObjectLiteral, N extends JobName = JobName>(
    target: EntityTarget<T>,
    select: { sql: string; params?: unknown[]; columns: readonly string[] },
    options: { onConflict?: string; verb?: string; emit?: EmitPerRow<N> } = {},
  ): Promise<T[]> {
    const meta = this.em.connection.getMetadata(target);
    const table = meta.tableName;
    const params = [...(select.params ?? [])];
    const param = (value: unknown) => `$${params.push(value)}`;
    const column = (name: string) => {
      if (!meta.columns.some((c) => c.databaseName === name)) {
        throw new Error(`${table} has no column ${name}`);
      }
      return `t.${name}`;
    };
    const snapshot = meta.columns
      .filter((c) => !NOT_AUDITED.has(c.propertyName))
      .map((c) => {
        const value = column(c.databaseName);
        // The same JSON as toSnapshot() of the loaded entity (Dates as ISO strings).
        const json =
          c.type === 'timestamptz'
            ? `to_char(${value} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
            : c.type === 'date'
              ? `to_char(${value}, 'YYYY-MM-DD')`
              : value;
        return `'${c.propertyName}', ${json}`;
      });
    // jsonb_build_object takes at most 100 arguments: concatenate objects of 40 pairs.
    const objects: string[] = [];
    for (let i = 0; i < snapshot.length; i += 40) {
      objects.push(`jsonb_build_object(${snapshot.slice(i, i + 40).join(', ')})`);
    }
    const emitted = options.emit ? this.emitPerRow(options.emit, column, param) : '';
    const columns = select.columns.join(', ');
    const rows = await preparedQuery<Record<string, unknown>>(
      this.em,
      statementOf(`WITH inserted AS (
         INSERT INTO ${table} (${columns}) SELECT ${columns} FROM (${select.sql}) AS s
         ${options.onConflict ?? ''} RETURNING *),
       audited AS (
         INSERT INTO audit_event (actor_id, actor_label, action, entity_type, entity_id, before, after, request_id)
         SELECT ${param(this.actor.userId)}::uuid, ${param(this.actor.label)}, ${param(`${table}.${options.verb ?? 'create'}`)},
                ${param(table)}, t.id::text, NULL, ${objects.join(' || ')}, ${param(this.actor.requestId)}
           FROM inserted t)
       ${emitted}
       SELECT ${meta.columns.map((c) => c.databaseName).join(', ')} FROM inserted`),
      params,
    );
    const driver = this.em.connection.driver;
    return rows.map((row) => {
      const entity = meta.create() as T;
      for (const c of meta.columns) {
        c.setEntityValue(entity, driver.prepareHydratedValue(row[c.databaseName], c));
      }
      return this.track(entity);
    });
  }

  /** The `emitted` part of insertFrom: one outbox event per inserted row `t`. */
  private emitPerRow<N extends JobName>(
    emit: EmitPerRow<N>,
    column: (name: string) => string,
    param: (value: unknown) => string,
  ): string {
    if (!isJobName(emit.job)) throw new Error(`${emit.job} is not a registered job`);
    const fields = Object.entries(emit.payload as Record<string, string>).map(
      ([field, name]) => `'${field.replace(/[^A-Za-z0-9_]/g, '')}', ${column(name)}`,
    );
    return `, emitted AS (
         INSERT INTO outbox_event (type, payload, run_at)
         SELECT ${param(emit.job)}, jsonb_build_object(${fields.join(', ')}),
                ${emit.runAt ? column(emit.runAt) : 'NULL'}
           FROM inserted t)`;
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
}

@Injectable()
export class UnitOfWork {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction on behalf of `actor`. */
  run<T>(actor: Actor, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((em) => work(new Tx(em, actor)));
  }
}
