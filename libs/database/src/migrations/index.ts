import { Foundation1795255449675 } from './1795255449675-Foundation';
import { AuditTrailAndOutbox1795255449700 } from './1795255449700-AuditTrailAndOutbox';
import { PlanReadOnlyGuards1795255449800 } from './1795255449800-PlanReadOnlyGuards';
import { AuditDigestFromRecordText1795256263104 } from './1795256263104-AuditDigestFromRecordText';
import { MeasuresAndProgressReports1795256416692 } from './1795256416692-MeasuresAndProgressReports';
import { ProgressReportAppendOnly1795256416800 } from './1795256416800-ProgressReportAppendOnly';

/** Every migration, in order. A new migration is added here when it is generated. */
export const MIGRATIONS = [
  Foundation1795255449675,
  AuditTrailAndOutbox1795255449700,
  PlanReadOnlyGuards1795255449800,
  AuditDigestFromRecordText1795256263104,
  MeasuresAndProgressReports1795256416692,
  ProgressReportAppendOnly1795256416800,
];
