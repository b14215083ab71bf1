import type { Permission } from './roles';

/** Life cycle of an AI Basic Plan version: draft → proposed (by HQ) → approved (Cabinet) → superseded. */
export const PLAN_VERSION_STATUSES = ['draft', 'proposed', 'approved', 'superseded'] as const;
export type PlanVersionStatus = (typeof PLAN_VERSION_STATUSES)[number];

/** Moves a user can ask for; `supersede` only ever happens as part of approving a successor. */
export const PLAN_VERSION_ACTIONS = ['propose', 'withdraw', 'approve', 'supersede'] as const;
export type PlanVersionAction = (typeof PLAN_VERSION_ACTIONS)[number];

/** The four basic principles of the AI Promotion Act (Article 3) that objectives serve. */
export const ACT_PRINCIPLES = [
  'rd_competitiveness',
  'comprehensive_promotion',
  'transparency_appropriateness',
  'international_leadership',
] as const;
export type ActPrinciple = (typeof ACT_PRINCIPLES)[number];

/** Moves a plan version's `actions` can offer: its transitions plus amending the approved one. */
export type PlanVersionMove = Exclude<PlanVersionAction, 'supersede'> | 'amend';

/**
 * The permission each move needs. The API's routes declare these and the console hides a move's
 * button from users without it, so both read the same table.
 */
export const PLAN_VERSION_MOVE_PERMISSIONS = {
  propose: 'plan.propose',
  withdraw: 'plan.propose',
  approve: 'plan.approve',
  amend: 'plan.edit',
} as const satisfies Record<PlanVersionMove, Permission>;
