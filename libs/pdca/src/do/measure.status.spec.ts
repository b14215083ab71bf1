import { ConflictError, InvalidTransitionError } from '@tracker/core';
import {
  assertMeasureDeletable,
  assertMeasureEditable,
  assertMeasureReportable,
  measureActions,
  measureStatus,
} from './measure.status';

describe('measure life cycle', () => {
  it('runs planned → in_progress → completed', () => {
    expect(measureStatus.next('planned', 'start')).toBe('in_progress');
    expect(measureStatus.next('in_progress', 'complete')).toBe('completed');
  });

  it('suspends and resumes a measure in progress', () => {
    expect(measureStatus.next('in_progress', 'suspend')).toBe('suspended');
    expect(measureStatus.next('suspended', 'resume')).toBe('in_progress');
  });

  it('cancels a measure that has not ended', () => {
    for (const from of ['planned', 'in_progress', 'suspended'] as const) {
      expect(measureStatus.next(from, 'cancel')).toBe('cancelled');
    }
  });

  it.each([
    ['planned', 'complete'],
    ['planned', 'suspend'],
    ['planned', 'resume'],
    ['in_progress', 'start'],
    ['in_progress', 'resume'],
    ['suspended', 'complete'],
    ['suspended', 'suspend'],
    ['completed', 'cancel'],
    ['completed', 'start'],
    ['cancelled', 'resume'],
    ['cancelled', 'start'],
  ] as const)('refuses %s → %s', (from, action) => {
    expect(() => measureStatus.next(from, action)).toThrow(InvalidTransitionError);
  });

  it('offers the moves allowed now, none once ended', () => {
    expect(measureActions('planned')).toEqual(['start', 'cancel']);
    expect(measureActions('in_progress')).toEqual(['complete', 'suspend', 'cancel']);
    expect(measureActions('suspended')).toEqual(['resume', 'cancel']);
    expect(measureActions('completed')).toEqual([]);
    expect(measureActions('cancelled')).toEqual([]);
  });

  it('keeps completed and cancelled measures read-only', () => {
    for (const s of ['planned', 'in_progress', 'suspended'] as const) {
      expect(() => assertMeasureEditable(s)).not.toThrow();
    }
    for (const s of ['completed', 'cancelled'] as const) {
      expect(() => assertMeasureEditable(s)).toThrow(ConflictError);
    }
  });

  it('takes reports once started, and deletes only planned measures', () => {
    for (const s of ['in_progress', 'suspended', 'completed'] as const) {
      expect(() => assertMeasureReportable(s)).not.toThrow();
    }
    for (const s of ['planned', 'cancelled'] as const) {
      expect(() => assertMeasureReportable(s)).toThrow(ConflictError);
    }
    expect(() => assertMeasureDeletable('planned')).not.toThrow();
    expect(() => assertMeasureDeletable('in_progress')).toThrow(ConflictError);
  });
});
