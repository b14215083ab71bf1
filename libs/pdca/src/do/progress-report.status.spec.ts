import { InvalidTransitionError } from '@tracker/core';
import { progressReportActions, progressReportStatus } from './progress-report.status';

describe('progress report life cycle', () => {
  it('supersedes a submitted report when it is corrected', () => {
    expect(progressReportStatus.next('submitted', 'correct')).toBe('superseded');
    expect(progressReportActions('submitted')).toEqual(['correct']);
  });

  it('never corrects a superseded report again: the current one is corrected instead', () => {
    expect(() => progressReportStatus.next('superseded', 'correct')).toThrow(
      InvalidTransitionError,
    );
    expect(progressReportActions('superseded')).toEqual([]);
  });
});
