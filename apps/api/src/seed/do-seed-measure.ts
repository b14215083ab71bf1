import type {
  ActorType,
  LegalNature,
  MeasureCategory,
  MeasureStatus,
  Ministry,
  RagRating,
} from '@tracker/contracts';

/** One demo measure and the story of its quarters, written through the Do-stage services. */
export interface SeedMeasure {
  code: string;
  lead: Ministry;
  cooperating?: Ministry[];
  /** Codes of the plan objectives it serves (demo plan, version 1). */
  objectives: string[];
  category: MeasureCategory;
  actorType: ActorType;
  legalNature: LegalNature;
  budgetYen?: number;
  startDate: string;
  dueDate: string;
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  /** Who answers for it, named on every report. */
  accountable: string;
  /** Milestones due before today are done unless marked `overdue`. */
  milestones: { titleJa: string; titleEn: string; dueDate: string; overdue?: true }[];
  kpis: {
    indicatorJa: string;
    indicatorEn: string;
    baseline: number;
    target: number;
    unit: string;
    targetDate: string;
    /** Code of the plan KPI it moves. */
    planKpi?: string;
  }[];
  /** Narratives, oldest first; the last one goes with the latest report. */
  progress: { ja: string; en: string }[];
  /** Ratings, oldest first; the last one is the latest report's. */
  ratings: RagRating[];
  status: MeasureStatus;
  /** Why it was suspended or cancelled. */
  reason?: string;
  completedOn?: string;
  /** Reports stop with the quarter complete by this date (a measure cancelled early). */
  reportsUntil?: string;
  /** Leave the last complete quarter unreported (the measure shows as late). */
  skipLastReport?: true;
  /** The latest report is corrected: a new report supersedes it. */
  correction?: { rating: RagRating; narrativeJa: string; narrativeEn: string; reason: string };
}
