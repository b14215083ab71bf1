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
}

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
}

const path = (resource: string, id: string, tail = '') =>
  `/${resource}/${encodeURIComponent(id)}${tail}`;

/**
 * react-admin's stock ra-data-simple-rest provider (the API follows its dialect), with two
 * changes: updates send only the changed fields plus `version`, and the non-CRUD endpoints
 * have methods of their own.
 */
export function trackerDataProvider(client: ApiClient): TrackerDataProvider {
  const base = simpleRestProvider(client.baseUrl, client.fetchJson);
  const get = async <T>(url: string) => ({ data: (await client.fetchJson(url)).json as T });
  return {
    ...base,
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
  };
}
