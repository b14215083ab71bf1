/** Life cycle of a measure: planned → in_progress → completed, with suspended (and resume) and cancelled. */
export const MEASURE_STATUSES = [
  'planned',
  'in_progress',
  'completed',
  'suspended',
  'cancelled',
] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const MEASURE_ACTIONS = ['start', 'complete', 'suspend', 'resume', 'cancel'] as const;
export type MeasureAction = (typeof MEASURE_ACTIONS)[number];

/** The basic measures of the AI Promotion Act (Articles 11–17), as a measure's category. */
export const MEASURE_CATEGORIES = {
  rd_promotion: { ja: '研究開発の推進', en: 'Promotion of research and development' },
  shared_infrastructure: {
    ja: '施設・データセンター・データセットの整備と共用',
    en: 'Facilities, data centres and datasets for shared use',
  },
  human_resources_education: { ja: '人材の確保と教育の振興', en: 'Human resources and education' },
  international_norms: {
    ja: '国際的な規範の策定への参画',
    en: 'Participation in international norm-making',
  },
  appropriateness_guidelines: {
    ja: '適正性確保のための指針の整備',
    en: 'Guidelines for appropriateness in line with international norms',
  },
  information_investigation: {
    ja: '情報収集・調査研究と指導・助言',
    en: 'Information gathering, research and investigation, guidance and advice',
  },
  government_use: { ja: '行政におけるAIの活用', en: "The government's own use of AI" },
} as const;
export type MeasureCategory = keyof typeof MEASURE_CATEGORIES;
export const MEASURE_CATEGORY_CODES = Object.keys(MEASURE_CATEGORIES) as MeasureCategory[];

/** Whom a measure concerns. */
export const ACTOR_TYPES = {
  national_government: { ja: '国', en: 'National government' },
  local_government: { ja: '地方公共団体', en: 'Local governments' },
  rd_institutions: { ja: '研究開発機関', en: 'R&D institutions' },
  businesses: { ja: '事業者', en: 'Businesses' },
  citizens: { ja: '国民', en: 'Citizens' },
} as const;
export type ActorType = keyof typeof ACTOR_TYPES;
export const ACTOR_TYPE_CODES = Object.keys(ACTOR_TYPES) as ActorType[];

/** How strongly the measure binds whom it concerns; the Act itself sets only duties to endeavour. */
export const LEGAL_NATURES = {
  binding: { ja: '法的義務', en: 'Binding' },
  duty_to_endeavour: { ja: '努力義務', en: 'Duty to endeavour' },
  voluntary: { ja: '任意の取組', en: 'Voluntary' },
} as const;
export type LegalNature = keyof typeof LEGAL_NATURES;
export const LEGAL_NATURE_CODES = Object.keys(LEGAL_NATURES) as LegalNature[];

/** How often a measure reports progress. Periods are fiscal quarters (April–March), e.g. `FY2025-Q3`. */
export const REPORTING_FREQUENCIES = ['quarterly'] as const;
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];

/** Five-level delivery confidence, best first. */
export const RAG_RATINGS = ['green', 'amber_green', 'amber', 'amber_red', 'red'] as const;
export type RagRating = (typeof RAG_RATINGS)[number];

/** A submitted report stays as it is; correcting it supersedes it with a new report. */
export const PROGRESS_REPORT_STATUSES = ['submitted', 'superseded'] as const;
export type ProgressReportStatus = (typeof PROGRESS_REPORT_STATUSES)[number];

export const PROGRESS_REPORT_ACTIONS = ['correct'] as const;
export type ProgressReportAction = (typeof PROGRESS_REPORT_ACTIONS)[number];

/** Why a measure is late; derived from its milestones and reports, never entered. */
export type LateReason =
  | { kind: 'milestone_overdue'; milestoneId: string; dueDate: string }
  | { kind: 'report_missing'; period: string };
