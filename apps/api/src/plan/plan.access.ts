import { EVERY_ROLE, type AccessExpectation } from '../../../../test/access-matrix';

const EDIT = ['admin', 'coordinator'] as const;

export const PLAN_ACCESS: AccessExpectation[] = [
  { method: 'GET', path: '/plan-versions', allowed: EVERY_ROLE },
  { method: 'GET', path: '/plan-versions/:id', allowed: EVERY_ROLE },
  { method: 'POST', path: '/plan-versions', allowed: EDIT },
  { method: 'PUT', path: '/plan-versions/:id', allowed: EDIT },
  { method: 'DELETE', path: '/plan-versions/:id', allowed: EDIT },
  { method: 'POST', path: '/plan-versions/:id/propose', allowed: EDIT },
  { method: 'POST', path: '/plan-versions/:id/withdraw', allowed: EDIT },
  { method: 'POST', path: '/plan-versions/:id/approve', allowed: ['admin', 'reviewer'] },
  { method: 'POST', path: '/plan-versions/:id/amend', allowed: EDIT },
  { method: 'GET', path: '/plan-versions/:id/compare', allowed: EVERY_ROLE },
  { method: 'GET', path: '/plan-versions/:id/history', allowed: EVERY_ROLE },
  { method: 'GET', path: '/plan-objectives', allowed: EVERY_ROLE },
  { method: 'GET', path: '/plan-objectives/:id', allowed: EVERY_ROLE },
  { method: 'POST', path: '/plan-objectives', allowed: EDIT },
  { method: 'PUT', path: '/plan-objectives/:id', allowed: EDIT },
  { method: 'DELETE', path: '/plan-objectives/:id', allowed: EDIT },
  { method: 'GET', path: '/plan-objectives/:id/history', allowed: EVERY_ROLE },
  { method: 'GET', path: '/plan-kpis', allowed: EVERY_ROLE },
  { method: 'GET', path: '/plan-kpis/:id', allowed: EVERY_ROLE },
  { method: 'POST', path: '/plan-kpis', allowed: EDIT },
  { method: 'PUT', path: '/plan-kpis/:id', allowed: EDIT },
  { method: 'DELETE', path: '/plan-kpis/:id', allowed: EDIT },
  { method: 'GET', path: '/plan-kpis/:id/history', allowed: EVERY_ROLE },
];
