import { SearchInput } from 'react-admin';
import { planVersionFilter } from '../shared/plan-version-filter';

export const planKpiFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  planVersionFilter('resources.plan-kpis.fields.planVersionId'),
];
