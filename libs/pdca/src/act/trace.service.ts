import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TraceEdge, TraceGraph, TraceNode, TraceType } from '@tracker/contracts';
import { ForbiddenError, hasPermission, NotFoundError, type Actor } from '@tracker/core';
import type { DataSource } from 'typeorm';
import { Redactor } from '../shared/confidential-fields';
import { TRACE_NODES, TRACE_RELATIONS } from './trace.relations';

/** A trace stops growing here and says so (`truncated`). */
export const TRACE_NODE_LIMIT = 2000;

type Direction = 'up' | 'down';

/**
 * Upstream and downstream links of a record across the stages, as a graph. What the reader may
 * not see is never in it (docs/adr/0013): a confidential-level incident or its case file is
 * left out for readers without clearance — and the walk does not pass through it, so nothing
 * reachable only through it appears either; a record whose type the reader may not read is a
 * placeholder (id and type only), so the chain stays whole without showing its content.
 */
@Injectable()
export class TraceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async trace(type: TraceType, id: string, actor: Actor): Promise<TraceGraph> {
    if (!hasPermission(actor, TRACE_NODES[type].permission)) {
      throw new ForbiddenError(
        `Tracing from a ${type.replace(/_/g, ' ')} requires ${TRACE_NODES[type].permission}`,
      );
    }
    const [root] = await this.load(type, [id], actor);
    if (!root) throw new NotFoundError(type.replace(/_/g, ' '), id);
    const nodes = new Map<string, TraceNode>([[root.id, root]]);
    const edges = new Map<string, TraceEdge>();
    let truncated = false;
    for (const direction of ['up', 'down'] as const) {
      let frontier: TraceNode[] = [root];
      const seen = new Set([root.id]);
      while (frontier.length && !truncated) {
        const next: TraceNode[] = [];
        for (const { rel, pairs } of await this.step(frontier, direction)) {
          const target = direction === 'down' ? rel.to : rel.from;
          const fresh = [
            ...new Set(pairs.map((p) => (direction === 'down' ? p.to_id : p.from_id))),
          ];
          const unknown = fresh.filter((n) => !nodes.has(n));
          for (const node of await this.load(target, unknown, actor)) nodes.set(node.id, node);
          for (const p of pairs) {
            const far = direction === 'down' ? p.to_id : p.from_id;
            if (!nodes.has(far)) continue; // hidden from this reader
            edges.set(`${p.from_id}>${p.to_id}>${rel.relation}`, {
              from: p.from_id,
              to: p.to_id,
              relation: rel.relation,
            });
            if (!seen.has(far)) {
              seen.add(far);
              next.push(nodes.get(far)!);
            }
          }
          if (nodes.size >= TRACE_NODE_LIMIT) truncated = true;
        }
        frontier = next;
      }
    }
    return { root: root.id, nodes: [...nodes.values()], edges: [...edges.values()], truncated };
  }

  /** The pairs of every relation leaving the frontier in `direction`. */
  private async step(frontier: TraceNode[], direction: Direction) {
    const results = [];
    for (const rel of TRACE_RELATIONS) {
      const source = direction === 'down' ? rel.from : rel.to;
      const ids = frontier.filter((n) => n.type === source).map((n) => n.id);
      if (!ids.length) continue;
      const pairs: { from_id: string; to_id: string }[] = await this.dataSource.query(
        direction === 'down' ? rel.down : rel.up,
        [ids],
      );
      results.push({ rel, pairs });
    }
    return results;
  }

  /** Nodes of one type as this reader may see them; hidden ones are simply not returned. */
  private async load(type: TraceType, ids: string[], actor: Actor): Promise<TraceNode[]> {
    if (!ids.length) return [];
    const { permission, sql } = TRACE_NODES[type];
    const rows: { id: string; label: string; status: string; confidential: boolean }[] =
      await this.dataSource.query(sql, [ids]);
    const cleared = new Redactor(actor).cleared;
    const readable = hasPermission(actor, permission);
    return rows
      .filter((r) => cleared || !r.confidential)
      .map((r) => ({
        id: r.id,
        type,
        label: readable ? r.label : null,
        status: readable ? r.status : null,
        redacted: !readable,
      }));
  }
}
