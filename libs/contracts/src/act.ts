/** Statuses, moves and vocabularies of the Act stage: guidance, amendments, cycles and traces. */

/** What the government gives businesses on the findings of an investigation (Act, art. 16). */
export const GUIDANCE_KINDS = {
  guidance: { ja: '指導', en: 'Guidance' },
  advice: { ja: '助言', en: 'Advice' },
  information_provision: { ja: '情報提供', en: 'Information provision' },
  public_notice: { ja: '公表', en: 'Public notice' },
} as const;
export type GuidanceKind = keyof typeof GUIDANCE_KINDS;
export const GUIDANCE_KIND_CODES = Object.keys(GUIDANCE_KINDS) as GuidanceKind[];

/** Kinds that must rest on accepted findings and name their addressees. */
export const GUIDANCE_KINDS_NEEDING_FINDINGS: readonly GuidanceKind[] = ['guidance', 'advice'];

/**
 * draft → in_review → approved → issued → withdrawn | superseded. An issued text never
 * changes: a revision is a new version (same reference number) that supersedes it when issued.
 */
export const GUIDANCE_STATUSES = [
  'draft',
  'in_review',
  'approved',
  'issued',
  'withdrawn',
  'superseded',
] as const;
export type GuidanceStatus = (typeof GUIDANCE_STATUSES)[number];

/** `approve` and `return` come from the review task; `supersede` from issuing the revision. */
export const GUIDANCE_ACTIONS = [
  'submit',
  'approve',
  'return',
  'issue',
  'withdraw',
  'supersede',
] as const;
export type GuidanceAction = (typeof GUIDANCE_ACTIONS)[number];

/** Statuses of versions whose text was published to the addressee: their content is frozen. */
export const GUIDANCE_ISSUED_STATUSES: readonly GuidanceStatus[] = [
  'issued',
  'withdrawn',
  'superseded',
];

/** What an amendment changes. A Basic Plan amendment, once approved, opens the plan's next version. */
export const AMENDMENT_TARGETS = {
  basic_plan: { ja: 'AI基本計画', en: 'AI Basic Plan' },
  business_guidelines: { ja: 'AI事業者ガイドライン', en: 'AI Guidelines for Business' },
  guideline: { ja: 'その他のガイドライン', en: 'Another guideline' },
  law: { ja: '法令', en: 'A law' },
} as const;
export type AmendmentTarget = keyof typeof AMENDMENT_TARGETS;
export const AMENDMENT_TARGET_CODES = Object.keys(AMENDMENT_TARGETS) as AmendmentTarget[];

/** Targets that are one of many and must be named (the Basic Plan and the Guidelines are one). */
export const AMENDMENTS_NEEDING_NAMES: readonly AmendmentTarget[] = ['guideline', 'law'];

/** proposed → in_review → approved | rejected (through the review task; rejection has a reason). */
export const AMENDMENT_STATUSES = ['proposed', 'in_review', 'approved', 'rejected'] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];

export const AMENDMENT_ACTIONS = ['submit', 'approve', 'reject'] as const;
export type AmendmentAction = (typeof AMENDMENT_ACTIONS)[number];

/**
 * Record types a trace can start from and show, in the order of the cycle: what was found
 * upstream, what it changed downstream.
 */
export const TRACE_TYPES = [
  'incident',
  'investigation',
  'finding',
  'guidance',
  'amendment',
  'plan_version',
  'plan_objective',
  'plan_kpi',
  'measure',
  'measure_kpi',
] as const;
export type TraceType = (typeof TRACE_TYPES)[number];

export interface TraceNode {
  id: string;
  type: TraceType;
  /** null on a placeholder: a record the reader may not read, shown so the chain stays whole. */
  label: string | null;
  status: string | null;
  redacted: boolean;
}

/** `from` and `to` are node ids (uuids, unique across record types). */
export interface TraceEdge {
  from: string;
  to: string;
  relation: string;
}

export interface TraceGraph {
  /** Id of the record the trace started from. */
  root: string;
  nodes: TraceNode[];
  edges: TraceEdge[];
  /** True when the graph was cut at its node limit. */
  truncated: boolean;
}

/** Incident counts below this are not published; see docs/adr/0012. */
export const PUBLIC_STATISTICS_THRESHOLD = 3;

/** queued (requested, the worker has not filled it in) → done | failed (docs/adr/0015). */
export const CYCLE_EVALUATION_STATUSES = ['queued', 'done', 'failed'] as const;
export type CycleEvaluationStatus = (typeof CYCLE_EVALUATION_STATUSES)[number];

/** An evaluation covers a fiscal quarter (`FY2026-Q1`) or a whole fiscal year (`FY2026`). */
export const CYCLE_EVALUATION_PERIOD_KINDS = ['quarter', 'fiscal_year'] as const;
export type CycleEvaluationPeriodKind = (typeof CYCLE_EVALUATION_PERIOD_KINDS)[number];
