import { type AccessExpectation } from '../../../../test/access-matrix';

/** The job queues: failed jobs and the dashboard session (bull-board itself is tested apart). */
export const ADMIN_ACCESS: AccessExpectation[] = [
  { method: 'GET', path: '/admin/jobs/failed', allowed: ['admin'] },
  { method: 'POST', path: '/admin/jobs/:queue/:id/retry', allowed: ['admin'] },
  { method: 'POST', path: '/admin/queues/session', allowed: ['admin'] },
];
