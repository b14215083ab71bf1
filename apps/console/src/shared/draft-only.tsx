import type { ReactNode } from 'react';
import { useGetOne, useRecordContext } from 'react-admin';

/**
 * Shows its children only while the plan version is a draft: the record itself (a plan
 * version) or the version an objective or KPI belongs to (react-admin caches the version, so a
 * whole list costs one request).
 */
export const DraftOnly = ({ children }: { children: ReactNode }) => {
  const record = useRecordContext();
  const parentId = record?.planVersionId as string | undefined;
  const { data: parent } = useGetOne('plan-versions', { id: parentId }, { enabled: !!parentId });
  const status = parentId ? parent?.status : record?.status;
  return status === 'draft' ? <>{children}</> : null;
};

/** After saving an objective or KPI, go back to its plan version's content. */
export const toPlanContent = (_resource?: string, _id?: unknown, data?: Record<string, unknown>) =>
  data?.planVersionId ? `plan-versions/${data.planVersionId as string}/show/content` : 'list';
