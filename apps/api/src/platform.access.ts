import type { AccessExpectation } from '../../../test/access-matrix';

/** Sign-in, accounts, the audit trail and health: the routes every stage relies on. */
export const PLATFORM_ACCESS: AccessExpectation[] = [
  { method: 'GET', path: '/health/live', allowed: 'public' },
  { method: 'GET', path: '/health/ready', allowed: 'public' },
  { method: 'POST', path: '/auth/login', allowed: 'public' },
  { method: 'POST', path: '/auth/refresh', allowed: 'public' },
  { method: 'POST', path: '/auth/logout', allowed: 'signed-in' },
  { method: 'GET', path: '/auth/me', allowed: 'signed-in' },
  { method: 'GET', path: '/users', allowed: ['admin'] },
  { method: 'GET', path: '/users/:id', allowed: ['admin'] },
  { method: 'POST', path: '/users', allowed: ['admin'] },
  { method: 'PUT', path: '/users/:id', allowed: ['admin'] },
  { method: 'POST', path: '/users/:id/disable', allowed: ['admin'] },
  { method: 'POST', path: '/users/:id/enable', allowed: ['admin'] },
  { method: 'POST', path: '/users/:id/reset-password', allowed: ['admin'] },
  { method: 'GET', path: '/users/:id/history', allowed: ['admin'] },
  { method: 'GET', path: '/audit-events', allowed: ['admin', 'auditor'] },
  { method: 'GET', path: '/audit-events/verify', allowed: ['admin', 'auditor'] },
  { method: 'GET', path: '/audit-events/:sequence', allowed: ['admin', 'auditor'] },
];
