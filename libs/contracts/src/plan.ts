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
