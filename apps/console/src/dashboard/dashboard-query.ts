import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { TrackerDataProvider } from '../core/data-provider';

interface Count {
  key: string;
  n: number;
}

/** The Do and Check panels of `GET /dashboard` (libs/pdca dashboard.view.ts); null when unreadable. */
export interface DoCheckPanels {
  do: { total: number; byStatus: Count[]; byRating: Count[]; late: number } | null;
  check: {
    incidents: number;
    incidentsByStatus: Count[];
    incidentsBySeverity: Count[];
    openIncidentsBySeverity: Count[];
    openInvestigationsByAge: Count[] | null;
  } | null;
}

/** One request for every card: react-query shares the answer under the same key. */
export function useDashboard() {
  const dataProvider = useDataProvider<TrackerDataProvider>();
  return useQuery({
    queryKey: ['dashboard'],
    queryFn: () => dataProvider.get<DoCheckPanels>('/dashboard'),
  });
}
