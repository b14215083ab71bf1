import type { Permission } from '@tracker/contracts';
import type { ReactNode } from 'react';
import { useGetIdentity, usePermissions, useRecordContext } from 'react-admin';
import { mayActForMinistry } from './ministry-scope';

/** Shows its children (edit, moves, a new report) only to those the measure's ministry admits. */
export const MinistryOnly = ({ children }: { children: ReactNode }) => {
  const measure = useRecordContext();
  const { identity } = useGetIdentity();
  const { permissions = [] } = usePermissions<Permission[]>();
  const allowed = mayActForMinistry(
    permissions,
    identity?.ministry as string | undefined,
    measure?.leadMinistry as string | undefined,
  );
  return allowed ? <>{children}</> : null;
};
