import type { ReactNode } from 'react';
import { useRecordContext } from 'react-admin';

/**
 * Shows its children only while the record's status is one of `statuses` (an edit button on
 * records the API still lets change; the API refuses the others with read_only anyway).
 */
export const WhenStatus = ({
  statuses,
  children,
}: {
  statuses: readonly string[];
  children: ReactNode;
}) => {
  const record = useRecordContext();
  return record && statuses.includes(record.status as string) ? <>{children}</> : null;
};
