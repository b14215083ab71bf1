import type { AccessExpectation } from '../../../../test/access-matrix';

/** The dashboard shows each reader the panels of the stages they may read. */
export const DASHBOARD_ACCESS: AccessExpectation[] = [
  { method: 'GET', path: '/dashboard', allowed: 'signed-in' },
];
