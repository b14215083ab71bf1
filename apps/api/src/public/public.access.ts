import type { AccessExpectation } from '../../../../test/access-matrix';

/** The public area: no sign-in, published records and aggregates only (docs/adr/0013). */
export const PUBLIC_ACCESS: AccessExpectation[] = [
  { method: 'GET', path: '/public/guidance', allowed: 'public' },
  { method: 'GET', path: '/public/guidance/feed.atom', allowed: 'public' },
  { method: 'GET', path: '/public/guidance/:id', allowed: 'public' },
  { method: 'GET', path: '/public/plan', allowed: 'public' },
  { method: 'GET', path: '/public/incident-statistics', allowed: 'public' },
  { method: 'GET', path: '/public/open-data', allowed: 'public' },
  { method: 'GET', path: '/public/open-data/:file', allowed: 'public' },
];
