import { Foundation1795255449675 } from './1795255449675-Foundation';
import { AuditTrailAndOutbox1795255449700 } from './1795255449700-AuditTrailAndOutbox';
import { PlanReadOnlyGuards1795255449800 } from './1795255449800-PlanReadOnlyGuards';
import { OutboxDelayAndErrors1795255449900 } from './1795255449900-OutboxDelayAndErrors';
import { ReviewTasksAndNotifications1795256401266 } from './1795256401266-ReviewTasksAndNotifications';

/** Every migration, in order. A new migration is added here when it is generated. */
export const MIGRATIONS = [
  Foundation1795255449675,
  AuditTrailAndOutbox1795255449700,
  PlanReadOnlyGuards1795255449800,
  OutboxDelayAndErrors1795255449900,
  ReviewTasksAndNotifications1795256401266,
];
