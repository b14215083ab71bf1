import type { ProgressReportAction, ProgressReportStatus } from '@tracker/contracts';
import { defineStateMachine } from '@tracker/core/state-machine';

/**
 * A submitted report is never edited: correcting it writes a new report for the same period and
 * moves this one to `superseded`, so every rating that was ever reported stays readable.
 */
export const progressReportStatus = defineStateMachine<ProgressReportStatus, ProgressReportAction>(
  'progress report',
  { correct: { from: ['submitted'], to: 'superseded' } },
);

export const progressReportActions = (status: ProgressReportStatus): ProgressReportAction[] =>
  progressReportStatus.allowed(status);
