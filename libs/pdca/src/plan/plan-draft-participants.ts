import type { Tx } from '@tracker/audit';

/** What opening a draft from a version copied: old id → id of the copy in the draft. */
export interface PlanDraftOpened {
  sourceId: string;
  draftId: string;
  objectiveIds: ReadonlyMap<string, string>;
  kpiIds: ReadonlyMap<string, string>;
}

/**
 * Records of later stages that belong to plan versions (measures, for one) follow the plan
 * through this hook rather than the plan knowing about them: each participant is called inside
 * the transaction that opens or deletes a draft.
 */
export interface PlanDraftParticipant {
  /** A draft was opened from `sourceId`; its objectives and KPIs are already copied. */
  draftOpened(tx: Tx, event: PlanDraftOpened): Promise<void>;
  /** A draft is about to be deleted; release whatever refers to its objectives and KPIs. */
  draftRemoved(tx: Tx, draftId: string): Promise<void>;
}

/**
 * Multi-provider token: an array the plan module owns and other stage modules register their
 * participant into (on module init), so the dependency runs from those stages to the plan only.
 */
export const PLAN_DRAFT_PARTICIPANTS = Symbol('PLAN_DRAFT_PARTICIPANTS');
