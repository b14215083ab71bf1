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
  'measures.read',
  // `measures.edit` and `measures.report` are also scoped by ministry in the service: a holder
  // edits, and reports on, the measures their own ministry leads; members of the coordinating
  // ministry (COORDINATING_MINISTRY) and holders of `measures.any_ministry` do so for every one.
  'measures.edit',
  'measures.report',
  'measures.any_ministry',
  'audit.read',
  'users.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  coordinator: [
    'plan.read',
    'plan.edit',
    'plan.propose',
    'measures.read',
    'measures.edit',
    'measures.report',
  ],
  analyst: ['plan.read', 'measures.read'],
  reviewer: ['plan.read', 'plan.approve', 'measures.read'],
  auditor: ['plan.read', 'measures.read', 'audit.read'],
};

export function permissionsOf(roles: readonly Role[]): Permission[] {
  const granted = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role] ?? []) granted.add(p);
  return PERMISSIONS.filter((p) => granted.has(p));
}

/** How much of a confidential record a user may see. */
export const CLEARANCES = ['internal', 'confidential'] as const;
export type Clearance = (typeof CLEARANCES)[number];
