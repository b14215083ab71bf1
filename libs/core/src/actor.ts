import type { Clearance, Ministry, Permission, Role } from '@tracker/contracts';

/** Who is doing something: a signed-in user, or the system itself (jobs, seeding). */
export interface Actor {
  userId: string | null;
  /** What the audit trail shows: the user's e-mail, or `system:<component>`. */
  label: string;
  roles: readonly Role[];
  permissions: readonly Permission[];
  ministry: Ministry | null;
  clearance: Clearance;
  requestId: string | null;
}

export function systemActor(component: string, requestId: string | null = null): Actor {
  return {
    userId: null,
    label: `system:${component}`,
    roles: [],
    permissions: [],
    ministry: null,
    clearance: 'confidential',
    requestId,
  };
}

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.permissions.includes(permission);
}
