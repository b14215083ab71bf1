import type { MeasureAction, MeasureStatus } from '@tracker/contracts';
import { ConflictError } from '@tracker/core/errors';
import { defineStateMachine } from '@tracker/core/state-machine';

/**
 * A measure's life cycle. Suspending and cancelling need a reason (the request bodies require
 * one); completing needs every milestone done (checked by the service, which sees them).
 */
export const measureStatus = defineStateMachine<MeasureStatus, MeasureAction>('measure', {
  start: { from: ['planned'], to: 'in_progress' },
  complete: { from: ['in_progress'], to: 'completed' },
  suspend: { from: ['in_progress'], to: 'suspended' },
  resume: { from: ['suspended'], to: 'in_progress' },
  cancel: { from: ['planned', 'in_progress', 'suspended'], to: 'cancelled' },
});

const CLOSED: readonly MeasureStatus[] = ['completed', 'cancelled'];

/** A completed or cancelled measure, its milestones and its KPIs are kept as they ended. */
export function assertMeasureEditable(status: MeasureStatus): void {
  if (CLOSED.includes(status)) {
    throw new ConflictError(
      `A ${status} measure is read-only, with its milestones and KPIs`,
      'read_only',
      { currentStatus: status },
    );
  }
}

/**
 * Progress is reported once a measure has started: while it runs, while it is suspended (to
 * say why), and after completion (for the final quarter). Planned and cancelled measures have
 * nothing to report.
 */
export function assertMeasureReportable(status: MeasureStatus): void {
  if (status === 'planned' || status === 'cancelled') {
    throw new ConflictError(
      `A ${status} measure takes no progress reports; reports start once it is in progress`,
      'not_reportable',
      { currentStatus: status },
    );
  }
}

/** Only a measure that never started can be deleted; a started one is cancelled instead. */
export function assertMeasureDeletable(status: MeasureStatus): void {
  if (status !== 'planned') {
    throw new ConflictError(
      `Only a planned measure can be deleted; this one is ${status} (cancel it instead)`,
      'not_deletable',
      { currentStatus: status },
    );
  }
}

export const measureActions = (status: MeasureStatus): MeasureAction[] =>
  measureStatus.allowed(status);
