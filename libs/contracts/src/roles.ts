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
  'organisations.read',
  'organisations.write',
  'incidents.read',
  'incidents.write',
  'investigations.read',
  'investigations.write',
  'findings.write',
  'findings.review',
  'check.comment',
  'guidance.read',
  'guidance.write',
  'guidance.approve',
  'amendments.read',
  'amendments.write',
  'amendments.approve',
  // Cycles and traces cross every stage; what each reader sees of them depends on their other
  // permissions and their clearance (docs/adr/0013).
  'cycles.read',
  // Requesting and reading the evaluation reports of a cycle (docs/adr/0015).
  'cycles.evaluate',
  'trace.read',
  'review.work',
  'review.oversee',
  'notifications.oversee',
  'jobs.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Reading the Check stage's case files: investigations, their information requests and findings. */
const CHECK_READ: readonly Permission[] = [
  'organisations.read',
  'incidents.read',
  'investigations.read',
];

/** What every role reads of the Act stage and across the cycle. */
const ACT_READ: readonly Permission[] = [
  'guidance.read',
  'amendments.read',
  'cycles.read',
  'trace.read',
];

/**
 * Coordinators read incidents and organisations (trends inform the next plan) but not the case
 * files, which hold businesses' answers: those are need-to-know for analysts, reviewers and
 * auditors. What anyone sees of an incident also depends on their clearance (docs/adr/0006).
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  coordinator: [
    'plan.read',
    'plan.edit',
    'plan.propose',
    'measures.read',
    'measures.edit',
    'measures.report',
    'organisations.read',
    'incidents.read',
    ...ACT_READ,
    'amendments.write',
    'cycles.evaluate',
    'review.work',
  ],
  analyst: [
    'plan.read',
    'measures.read',
    ...CHECK_READ,
    'organisations.write',
    'incidents.write',
    'investigations.write',
    'findings.write',
    'check.comment',
    ...ACT_READ,
    'guidance.write',
    'amendments.write',
    'review.work',
  ],
  reviewer: [
    'plan.read',
    'plan.approve',
    'measures.read',
    ...CHECK_READ,
    'findings.review',
    'check.comment',
    ...ACT_READ,
    'guidance.approve',
    'amendments.approve',
    'review.work',
  ],
  auditor: [
    'plan.read',
    'measures.read',
    'audit.read',
    ...CHECK_READ,
    ...ACT_READ,
    'cycles.evaluate',
    'review.oversee',
    'notifications.oversee',
  ],
};

export function permissionsOf(roles: readonly Role[]): Permission[] {
  const granted = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role] ?? []) granted.add(p);
  return PERMISSIONS.filter((p) => granted.has(p));
}

/** How much of a confidential record a user may see. */
export const CLEARANCES = ['internal', 'confidential'] as const;
export type Clearance = (typeof CLEARANCES)[number];
