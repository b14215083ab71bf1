/** Result of walking the audit hash chain. */
export interface AuditVerification {
  intact: boolean;
  /** Events whose seal was checked. */
  verifiedEvents: number;
  /** Events written but not yet sealed into the chain (sealing runs in the background). */
  pendingEvents: number;
  /** Sequence number of the first event whose content or link does not match, when broken. */
  firstBrokenSequence?: number;
  reason?: string;
  headHash?: string;
  checkedAt: string;
  durationMs: number;
}
