import { EVERY_ROLE, type AccessExpectation } from '../../../../test/access-matrix';

/** Coordinators edit and report; the ministry scope is checked by the service (403 outside it). */
const EDIT = ['admin', 'coordinator'] as const;

export const DO_ACCESS: AccessExpectation[] = [
  { method: 'GET', path: '/measures', allowed: EVERY_ROLE },
  { method: 'GET', path: '/measures/:id', allowed: EVERY_ROLE },
  { method: 'POST', path: '/measures', allowed: EDIT },
  { method: 'PUT', path: '/measures/:id', allowed: EDIT },
  { method: 'DELETE', path: '/measures/:id', allowed: EDIT },
  { method: 'POST', path: '/measures/:id/start', allowed: EDIT },
  { method: 'POST', path: '/measures/:id/complete', allowed: EDIT },
  { method: 'POST', path: '/measures/:id/suspend', allowed: EDIT },
  { method: 'POST', path: '/measures/:id/resume', allowed: EDIT },
  { method: 'POST', path: '/measures/:id/cancel', allowed: EDIT },
  { method: 'GET', path: '/measures/:id/history', allowed: EVERY_ROLE },
  { method: 'GET', path: '/measure-milestones', allowed: EVERY_ROLE },
  { method: 'GET', path: '/measure-milestones/:id', allowed: EVERY_ROLE },
  { method: 'POST', path: '/measure-milestones', allowed: EDIT },
  { method: 'PUT', path: '/measure-milestones/:id', allowed: EDIT },
  { method: 'DELETE', path: '/measure-milestones/:id', allowed: EDIT },
  { method: 'GET', path: '/measure-milestones/:id/history', allowed: EVERY_ROLE },
  { method: 'GET', path: '/measure-kpis', allowed: EVERY_ROLE },
  { method: 'GET', path: '/measure-kpis/:id', allowed: EVERY_ROLE },
  { method: 'POST', path: '/measure-kpis', allowed: EDIT },
  { method: 'PUT', path: '/measure-kpis/:id', allowed: EDIT },
  { method: 'DELETE', path: '/measure-kpis/:id', allowed: EDIT },
  { method: 'GET', path: '/measure-kpis/:id/history', allowed: EVERY_ROLE },
  { method: 'GET', path: '/progress-reports', allowed: EVERY_ROLE },
  { method: 'GET', path: '/progress-reports/:id', allowed: EVERY_ROLE },
  { method: 'POST', path: '/progress-reports', allowed: EDIT },
  { method: 'POST', path: '/progress-reports/:id/correct', allowed: EDIT },
  { method: 'GET', path: '/progress-reports/:id/history', allowed: EVERY_ROLE },
];
