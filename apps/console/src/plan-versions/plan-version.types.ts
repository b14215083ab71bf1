import type { PlanVersionMove, PlanVersionStatus } from '@tracker/contracts';

/** A plan version as the API answers it. */
export interface PlanVersionRecord {
  id: string;
  version: number;
  number: number;
  titleJa: string;
  titleEn: string;
  summaryJa: string | null;
  summaryEn: string | null;
  status: PlanVersionStatus;
  fiscalYearFrom: number | null;
  fiscalYearTo: number | null;
  basedOnId: string | null;
  hqProposalDate: string | null;
  hqProposalReference: string | null;
  cabinetDecisionDate: string | null;
  cabinetDecisionNumber: string | null;
  supersededAt: string | null;
  supersededById: string | null;
  withdrawalReason: string | null;
  actions: PlanVersionMove[];
  createdAt: string;
  updatedAt: string;
}
