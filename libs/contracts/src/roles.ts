/** Roles a user may hold; a user holds one or more. */
export const ROLES = ['admin', 'coordinator', 'analyst', 'reviewer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Everything a route can require. Routes declare permissions, never roles, so that the
 * role → permission table below is the single place where "who may do what" is decided.
 */
export const PERMISSIONS = [
  'plan.read',
  'plan.edit',
  'plan.propose',
  'plan.approve',
  'audit.read',
  'users.manage',
  'review.work',
  'review.oversee',
  'notifications.oversee',
  'jobs.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  coordinator: ['plan.read', 'plan.edit', 'plan.propose', 'review.work'],
  analyst: ['plan.read', 'review.work'],
  reviewer: ['plan.read', 'plan.approve', 'review.work'],
  auditor: ['plan.read', 'audit.read', 'review.oversee', 'notifications.oversee'],
};

export function permissionsOf(roles: readonly Role[]): Permission[] {
  const granted = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role] ?? []) granted.add(p);
  return PERMISSIONS.filter((p) => granted.has(p));
}

/** How much of a confidential record a user may see. */
export const CLEARANCES = ['internal', 'confidential'] as const;
export type Clearance = (typeof CLEARANCES)[number];
