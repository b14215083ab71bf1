/**
 * The address of the API's CSV export of the incident list as filtered and sorted on screen
 * (`GET /incidents/export.csv`, the same `filter` and `sort` parameters as the list).
 */
export function incidentExportUrl(
  filter: Record<string, unknown>,
  sort: { field: string; order: string },
): string {
  const query = new URLSearchParams({
    filter: JSON.stringify(filter),
    sort: JSON.stringify([sort.field, sort.order]),
  });
  return `/incidents/export.csv?${query.toString()}`;
}
