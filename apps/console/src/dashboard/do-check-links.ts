import { listLink } from '../shared/list-link';

/** Statuses in which a measure or an incident still needs work (the dashboard's "open"). */
export const ACTIVE_MEASURE = ['planned', 'in_progress', 'suspended'];
export const OPEN_INCIDENT = ['reported', 'triaged', 'under_investigation'];
export const OPEN_INVESTIGATION = [
  'open',
  'gathering_information',
  'analysis',
  'findings_in_review',
];

const daysBefore = (today: string, days: number) => {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
};

/**
 * The opening dates of an age bucket of the dashboard ("0-30", "31-90", "181+" days since an
 * investigation opened) as the investigations list's createdFrom / createdTo filter.
 */
export function ageBucketFilter(bucket: string, today: string): Record<string, string> {
  const [low, high] = bucket.replace('+', '').split('-').map(Number);
  const filter: Record<string, string> = { createdTo: daysBefore(today, low) };
  if (high !== undefined) filter.createdFrom = daysBefore(today, high);
  return filter;
}

/** Where each figure of the Do and Check cards leads: the list, filtered to what it counts. */
export const doCheckLinks = {
  measuresRated: (rating: string) =>
    rating === 'none' ? null : listLink('measures', { status: ACTIVE_MEASURE, rating }),
  lateMeasures: () => listLink('measures', { status: ACTIVE_MEASURE, late: true }),
  openIncidents: (severity: string) => listLink('incidents', { status: OPEN_INCIDENT, severity }),
  incidentsIn: (status: string) => listLink('incidents', { status: [status] }),
  openInvestigations: (bucket: string, today: string) =>
    listLink('investigations', { status: OPEN_INVESTIGATION, ...ageBucketFilter(bucket, today) }),
};
