import {
  COORDINATING_MINISTRY,
  type AffectedInterest,
  type IncidentPriority,
  type Ministry,
  type RiskCategory,
  type Sector,
  type Severity,
} from '@tracker/contracts';

/**
 * Triage of a reported incident: the one place its scoring rules live (pure, no Nest, no
 * database). Severity is scored in points, each factor weighted 0–3:
 *
 *   points = sector + worst risk category + worst affected interest + scale (people affected)
 *
 * and banded by SEVERITY_BANDS; a threat to life, national security or a CBRN risk is never
 * below `high`. The weights follow the domain brief: harm to life and health, public safety
 * and national security weighs most; sectors where a malfunction hurts people or systems
 * (healthcare, mobility, critical infrastructure) weigh most; IP and reputation least.
 *
 * The scored severity is a suggestion stored beside the incident's own `severity`, which is
 * never overwritten: the reporter (an analyst or ministry official) set it explicitly at intake
 * and the triaging analyst confirms or changes it when deciding the triage task. Priority
 * follows the higher of the two, so neither a cautious reporter nor a coarse score hides an
 * urgent case.
 */

/** How much harm an incident in a sector tends to do. */
export const SECTOR_WEIGHT: Readonly<Record<Sector, number>> = {
  healthcare: 3,
  mobility: 3,
  critical_infrastructure: 3,
  finance: 2,
  public_administration: 2,
  employment: 2,
  education: 2,
  telecommunications: 2,
  media: 1,
  retail: 1,
  manufacturing: 1,
  other: 1,
  // Research settings rarely reach the public directly.
  research: 0,
};

/** The worst risk category counts (several categories do not add up). */
export const RISK_WEIGHT: Readonly<Record<RiskCategory, number>> = {
  national_security_cbrn: 3,
  systemic_risk: 3,
  malfunction_safety: 3,
  cyberattack: 2,
  privacy: 2,
  confidential_information_leakage: 2,
  bias_discrimination: 2,
  deepfake: 2,
  disinformation_manipulation: 2,
  ip_infringement: 1,
};

/** The worst affected right or interest counts. */
export const INTEREST_WEIGHT: Readonly<Record<AffectedInterest, number>> = {
  life_and_health: 3,
  public_safety: 3,
  national_security: 3,
  property: 2,
  privacy: 2,
  equal_treatment: 2,
  informed_decision: 1,
  consumer_interests: 1,
  reputation: 1,
  intellectual_property: 1,
};

/** Scale: points for the number of people affected (unknown counts as none). */
export const SCALE_BANDS: readonly { from: number; points: number }[] = [
  { from: 1_000_000, points: 3 },
  { from: 10_000, points: 2 },
  { from: 100, points: 1 },
  { from: 0, points: 0 },
];

/** Severity by points (at most 12), highest band first. */
export const SEVERITY_BANDS: readonly { from: number; severity: Severity }[] = [
  { from: 10, severity: 'critical' },
  { from: 7, severity: 'high' },
  { from: 4, severity: 'medium' },
  { from: 0, severity: 'low' },
];

/** What makes an incident at least `high`, whatever its points. */
export const HIGH_AT_LEAST = {
  interests: ['life_and_health', 'national_security'] as readonly AffectedInterest[],
  risks: ['national_security_cbrn'] as readonly RiskCategory[],
};

/**
 * Priority from the effective severity, one step up (at most `urgent`) when the incident
 * reaches wide: many people, or an advanced or open-weight model whose failure can repeat
 * wherever it is deployed.
 */
export const PRIORITY_BY_SEVERITY: Readonly<Record<Severity, IncidentPriority>> = {
  critical: 'urgent',
  high: 'high',
  medium: 'normal',
  low: 'low',
};
export const WIDE_REACH_PEOPLE = 10_000;

/**
 * The ministry whose analysts triage an incident of a sector: the one competent for the sector
 * under the existing laws (docs: domain.md). Cross-cutting or unknown sectors go to the Cabinet
 * Office secretariat. Routing falls back to the Cabinet Office too when the ministry has no
 * active analyst (reviewer-routing.ts).
 */
export const SECTOR_MINISTRY: Readonly<Record<Sector, Ministry>> = {
  healthcare: 'mhlw',
  finance: 'fsa',
  mobility: 'mlit',
  critical_infrastructure: 'meti',
  public_administration: 'digital',
  employment: 'mhlw',
  education: 'mext',
  media: 'mic',
  telecommunications: 'mic',
  retail: 'caa',
  manufacturing: 'meti',
  research: 'mext',
  other: COORDINATING_MINISTRY,
};

/**
 * Likely duplicates: pg_trgm similarity of the titles (Japanese to Japanese, English to
 * English), among incidents that happened within the window around the same day: a duplicate
 * reports the same case, and reporters rarely misdate it by more than a month.
 * Japanese is not split into words: its trigrams run over the characters of the whole phrase,
 * so rewordings of one case score 0.5–0.6 while different cases that share a long name
 * (「生成AIチャットボット」) reach 0.3; English rewordings score 0.45 and up. 0.4 separates them
 * in both languages (incident-triage.int-spec.ts checks both sides).
 */
export const DUPLICATES = {
  threshold: 0.4,
  windowDays: 30,
  maxCandidates: 5,
} as const;

const SEVERITY_ORDER: readonly Severity[] = ['low', 'medium', 'high', 'critical'];
const PRIORITY_ORDER: readonly IncidentPriority[] = ['low', 'normal', 'high', 'urgent'];

export interface TriageInput {
  sector: Sector;
  riskCategories: readonly RiskCategory[];
  affectedInterests: readonly AffectedInterest[];
  peopleAffected: number | null;
  advancedAi: boolean;
  openWeight: boolean;
  /** The severity the incident carries (set by a person); never lowered by the score. */
  severity: Severity;
}

export interface TriageScore {
  points: number;
  scoredSeverity: Severity;
  priority: IncidentPriority;
}

const worst = <K extends string>(weights: Readonly<Record<K, number>>, keys: readonly K[]) =>
  Math.max(0, ...keys.map((k) => weights[k] ?? 0));

export function scalePoints(peopleAffected: number | null): number {
  const people = peopleAffected ?? 0;
  return SCALE_BANDS.find((band) => people >= band.from)?.points ?? 0;
}

export const higherSeverity = (a: Severity, b: Severity): Severity =>
  SEVERITY_ORDER.indexOf(a) >= SEVERITY_ORDER.indexOf(b) ? a : b;

export function scoreIncident(input: TriageInput): TriageScore {
  const points =
    SECTOR_WEIGHT[input.sector] +
    worst(RISK_WEIGHT, input.riskCategories) +
    worst(INTEREST_WEIGHT, input.affectedInterests) +
    scalePoints(input.peopleAffected);
  let scoredSeverity = SEVERITY_BANDS.find((band) => points >= band.from)!.severity;
  const mustBeHigh =
    input.affectedInterests.some((i) => HIGH_AT_LEAST.interests.includes(i)) ||
    input.riskCategories.some((r) => HIGH_AT_LEAST.risks.includes(r));
  if (mustBeHigh) scoredSeverity = higherSeverity(scoredSeverity, 'high');

  const effective = higherSeverity(scoredSeverity, input.severity);
  let rank = PRIORITY_ORDER.indexOf(PRIORITY_BY_SEVERITY[effective]);
  const wideReach =
    (input.peopleAffected ?? 0) >= WIDE_REACH_PEOPLE || input.advancedAi || input.openWeight;
  if (wideReach) rank = Math.min(rank + 1, PRIORITY_ORDER.length - 1);
  return { points, scoredSeverity, priority: PRIORITY_ORDER[rank] };
}

export function triageMinistry(sector: Sector): Ministry {
  return SECTOR_MINISTRY[sector] ?? COORDINATING_MINISTRY;
}
