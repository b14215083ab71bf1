import { auditEvents } from './audit-events';
import { findings } from './findings';
import { incidents } from './incidents';
import { informationRequests } from './information-requests';
import { investigations } from './investigations';
import { measures } from './measures';
import { organisations } from './organisations';
import type { ResourceAccess } from './core/access';
import { amendments } from './amendments';
import { cycles } from './cycles';
import { guidance } from './guidance';
import { planKpis } from './plan-kpis';
import { planObjectives } from './plan-objectives';
import { planVersions } from './plan-versions';
import { progressReports } from './progress-reports';
import type { ConsoleResource } from './resource';
import { users } from './users';

/** Every resource of the console, in menu order. A new resource is a folder and one line here. */
export const RESOURCES: readonly ConsoleResource[] = [
  planVersions,
  planObjectives,
  planKpis,
  measures,
  progressReports,
  incidents,
  investigations,
  informationRequests,
  findings,
  organisations,
  guidance,
  amendments,
  cycles,
  users,
  auditEvents,
];

const byName = new Map(RESOURCES.map((resource) => [resource.name, resource.access]));
export const accessOf = (name: string): ResourceAccess | undefined => byName.get(name);
