/** The address of a resource's list with its filter set (react-admin reads `?filter=`). */
export const listLink = (resource: string, filter: Record<string, unknown>) =>
  `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
