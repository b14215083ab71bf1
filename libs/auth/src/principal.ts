import { permissionsOf, type Clearance, type Ministry, type Role } from '@tracker/contracts';
import type { Actor } from '@tracker/core';

export interface PrincipalRow {
  id: string;
  email: string;
  roles: Role[];
  ministry: Ministry;
  clearance: Clearance;
}

export function actorOf(user: PrincipalRow, requestId: string | null): Actor {
  return {
    userId: user.id,
    label: user.email,
    roles: user.roles,
    permissions: permissionsOf(user.roles),
    ministry: user.ministry,
    clearance: user.clearance,
    requestId,
  };
}
