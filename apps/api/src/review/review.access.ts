import { type AccessExpectation } from '../../../../test/access-matrix';

const WORKERS = ['admin', 'coordinator', 'analyst', 'reviewer'] as const;
const OVERSEERS = ['admin', 'auditor'] as const;

/** Review tasks (the inbox of every stage) and notifications. */
export const REVIEW_ACCESS: AccessExpectation[] = [
  { method: 'GET', path: '/review-tasks/inbox', allowed: WORKERS },
  { method: 'GET', path: '/review-tasks', allowed: OVERSEERS },
  { method: 'GET', path: '/review-tasks/:id', allowed: 'signed-in' },
  { method: 'POST', path: '/review-tasks/:id/claim', allowed: WORKERS },
  { method: 'POST', path: '/review-tasks/:id/release', allowed: WORKERS },
  { method: 'POST', path: '/review-tasks/:id/approve', allowed: WORKERS },
  { method: 'POST', path: '/review-tasks/:id/request-changes', allowed: WORKERS },
  { method: 'GET', path: '/review-tasks/:id/history', allowed: 'signed-in' },
  { method: 'GET', path: '/notifications', allowed: 'signed-in' },
  { method: 'GET', path: '/notifications/all', allowed: OVERSEERS },
  { method: 'POST', path: '/notifications/:id/read', allowed: 'signed-in' },
];
