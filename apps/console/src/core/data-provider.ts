import type { AuditVerification } from '@tracker/contracts';
import type { DataProvider, RaRecord } from 'ra-core';
import simpleRestProvider from 'ra-data-simple-rest';
import type { ApiClient } from './api-client';
import { updateBody } from './update-diff';

/** One event of a record's audit trail, as `/<resource>/:id/history` answers it. */
export interface AuditEventRecord {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
  /** Fields withheld from this reader (confidential): their values are null, not empty. */
  redactedFields?: string[];
}

/** One entry of an incident's or investigation's timeline: a comment or a recorded change. */
export type TimelineEntry =
  | { kind: 'comment'; at: string; actorLabel: string; id: string; body: string }
  | ({ kind: 'change'; at: string; actorLabel: string; sequence: string } & Pick<
      AuditEventRecord,
      'action' | 'entityType' | 'entityId' | 'before' | 'after' | 'redactedFields'
    >);

/** The API's endpoints that are not CRUD, next to react-admin's stock methods. */
export interface TrackerDataProvider extends DataProvider {
  /** `POST /<resource>/:id/<move>`: a life-cycle transition (propose, approve, disable ...). */
  move<T extends RaRecord = RaRecord>(
    resource: string,
    params: { id: string; move: string; data?: Record<string, unknown> },
  ): Promise<{ data: T }>;
  history(resource: string, params: { id: string }): Promise<{ data: AuditEventRecord[] }>;
  compare<T = unknown>(
    resource: string,
    params: { id: string; with: string },
  ): Promise<{ data: T }>;
  verifyAuditChain(): Promise<{ data: AuditVerification }>;
  /**
   * `GET` any other endpoint (`/guidance/:id/diff?with=`, `/trace/...`, `/dashboard`, exports):
   * `data` is the parsed JSON, `body` the text as sent (a CSV export).
   */
  get<T = unknown>(url: string): Promise<{ data: T; body: string }>;
  timeline(resource: string, params: { id: string }): Promise<{ data: TimelineEntry[] }>;
  comment(resource: string, params: { id: string; body: string }): Promise<{ data: unknown }>;
}

const path = (resource: string, id: string, tail = '') =>
  `/${resource}/${encodeURIComponent(id)}${tail}`;

/**
 * react-admin's stock ra-data-simple-rest provider (the API follows its dialect), with three
 * changes: lists say in `meta.totalIsEstimate` when their total is the planner's estimate (big
 * lists, X-Total-Estimated), updates send only the changed fields plus `version`, and the
 * non-CRUD endpoints have methods of their own.
 */
export function trackerDataProvider(client: ApiClient): TrackerDataProvider {
  const base = simpleRestProvider(client.baseUrl, client.fetchJson);
  const get = async <T>(url: string) => ({ data: (await client.fetchJson(url)).json as T });
  return {
    ...base,
    getList: async (resource, params) => {
      let totalIsEstimate = false;
      const reading = simpleRestProvider(client.baseUrl, async (url, options) => {
        const response = await client.fetchJson(url, options);
        totalIsEstimate = response.headers.get('x-total-estimated') === 'true';
        return response;
      });
      const page = await reading.getList(resource, params);
      return { ...page, meta: { ...page.meta, totalIsEstimate } };
    },
    update: (resource, params) =>
      base.update(resource, { ...params, data: updateBody(params.data, params.previousData) }),
    move: async (resource, { id, move, data }) => {
      const { json } = await client.fetchJson(path(resource, id, `/${move}`), {
        method: 'POST',
        body: JSON.stringify(data ?? {}),
      });
      return { data: json };
    },
    history: (resource, { id }) => get<AuditEventRecord[]>(path(resource, id, '/history')),
    compare: (resource, params) =>
      get(path(resource, params.id, `/compare?with=${encodeURIComponent(params.with)}`)),
    verifyAuditChain: () => get<AuditVerification>('/audit-events/verify'),
    get: async <T>(url: string) => {
      const { json, body } = await client.fetchJson(url);
      return { data: json as T, body };
    },
    timeline: (resource, { id }) => get<TimelineEntry[]>(path(resource, id, '/timeline')),
    comment: async (resource, { id, body }) => {
      const { json } = await client.fetchJson(path(resource, id, '/comments'), {
        method: 'POST',
        body: JSON.stringify({ body }),
      });
      return { data: json };
    },
  };
}
