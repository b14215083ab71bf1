import { Foundation1795255449675 } from './1795255449675-Foundation';
import { AuditTrailAndOutbox1795255449700 } from './1795255449700-AuditTrailAndOutbox';
import { PlanReadOnlyGuards1795255449800 } from './1795255449800-PlanReadOnlyGuards';
import { OutboxDelayAndErrors1795255449900 } from './1795255449900-OutboxDelayAndErrors';
import { AuditDigestFromRecordText1795256263104 } from './1795256263104-AuditDigestFromRecordText';
import { ReviewTasksAndNotifications1795256401266 } from './1795256401266-ReviewTasksAndNotifications';
import { MeasuresAndProgressReports1795256416692 } from './1795256416692-MeasuresAndProgressReports';
import { ProgressReportAppendOnly1795256416800 } from './1795256416800-ProgressReportAppendOnly';
import { CheckStage1795256501883 } from './1795256501883-CheckStage';
import { CheckSearchAndReferences1795256501900 } from './1795256501900-CheckSearchAndReferences';
import { IncidentStatistics1795259606461 } from './1795259606461-IncidentStatistics';
import { ActStage1795259920441 } from './1795259920441-ActStage';
import { GuidanceImmutableAndCycles1795259920500 } from './1795259920500-GuidanceImmutableAndCycles';
import { IncidentListIndexes1795261564170 } from './1795261564170-IncidentListIndexes';
import { DerivedFiguresForReads1795261835357 } from './1795261835357-DerivedFiguresForReads';
import { OutboxDone1795262900000 } from './1795262900000-OutboxDone';
import { IncidentTriage1795263000000 } from './1795263000000-IncidentTriage';
import { ScansAndCycleEvaluations1795263100000 } from './1795263100000-ScansAndCycleEvaluations';
import { DuplicateSearchOnLowerTitles1795263200000 } from './1795263200000-DuplicateSearchOnLowerTitles';

/** Every migration, in order. A new migration is added here when it is generated. */
export const MIGRATIONS = [
  Foundation1795255449675,
  AuditTrailAndOutbox1795255449700,
  PlanReadOnlyGuards1795255449800,
  OutboxDelayAndErrors1795255449900,
  AuditDigestFromRecordText1795256263104,
  ReviewTasksAndNotifications1795256401266,
  MeasuresAndProgressReports1795256416692,
  ProgressReportAppendOnly1795256416800,
  CheckStage1795256501883,
  CheckSearchAndReferences1795256501900,
  IncidentStatistics1795259606461,
  ActStage1795259920441,
  GuidanceImmutableAndCycles1795259920500,
  IncidentListIndexes1795261564170,
  DerivedFiguresForReads1795261835357,
  OutboxDone1795262900000,
  IncidentTriage1795263000000,
  ScansAndCycleEvaluations1795263100000,
  DuplicateSearchOnLowerTitles1795263200000,
];
