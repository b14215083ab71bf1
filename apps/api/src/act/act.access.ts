import { EVERY_ROLE, type AccessExpectation } from '../../../../test/access-matrix';

/**
 * Who may do what in the Act stage. Analysts draft, issue and follow up guidance; coordinators
 * and analysts propose amendments; reviewers decide on both through review tasks (no route
 * here); auditors export the guidance history. Everyone with a role reads guidance, amendments,
 * cycles and traces — what a trace shows still depends on the reader (docs/adr/0013).
 */
const GUIDANCE_WRITERS = ['admin', 'analyst'] as const;
const AMENDMENT_WRITERS = ['admin', 'coordinator', 'analyst'] as const;
const AUDITORS = ['admin', 'auditor'] as const;
/** Cycle evaluations are for the secretariat's coordinators and for audit (docs/adr/0015). */
const EVALUATORS = ['admin', 'coordinator', 'auditor'] as const;

export const ACT_ACCESS: AccessExpectation[] = [
  { method: 'GET', path: '/guidance', allowed: EVERY_ROLE },
  { method: 'GET', path: '/guidance/export.json', allowed: AUDITORS },
  { method: 'GET', path: '/guidance/export.csv', allowed: AUDITORS },
  { method: 'GET', path: '/guidance/:id', allowed: EVERY_ROLE },
  { method: 'POST', path: '/guidance', allowed: GUIDANCE_WRITERS },
  { method: 'PUT', path: '/guidance/:id', allowed: GUIDANCE_WRITERS },
  { method: 'DELETE', path: '/guidance/:id', allowed: GUIDANCE_WRITERS },
  { method: 'POST', path: '/guidance/:id/submit', allowed: GUIDANCE_WRITERS },
  { method: 'POST', path: '/guidance/:id/issue', allowed: GUIDANCE_WRITERS },
  { method: 'POST', path: '/guidance/:id/withdraw', allowed: GUIDANCE_WRITERS },
  { method: 'POST', path: '/guidance/:id/revise', allowed: GUIDANCE_WRITERS },
  { method: 'POST', path: '/guidance/:id/acknowledge', allowed: GUIDANCE_WRITERS },
  { method: 'GET', path: '/guidance/:id/versions', allowed: EVERY_ROLE },
  { method: 'GET', path: '/guidance/:id/diff', allowed: EVERY_ROLE },
  { method: 'GET', path: '/guidance/:id/history', allowed: EVERY_ROLE },

  { method: 'GET', path: '/amendments', allowed: EVERY_ROLE },
  { method: 'GET', path: '/amendments/:id', allowed: EVERY_ROLE },
  { method: 'POST', path: '/amendments', allowed: AMENDMENT_WRITERS },
  { method: 'PUT', path: '/amendments/:id', allowed: AMENDMENT_WRITERS },
  { method: 'DELETE', path: '/amendments/:id', allowed: AMENDMENT_WRITERS },
  { method: 'POST', path: '/amendments/:id/submit', allowed: AMENDMENT_WRITERS },
  { method: 'GET', path: '/amendments/:id/history', allowed: EVERY_ROLE },

  { method: 'GET', path: '/cycles', allowed: EVERY_ROLE },
  { method: 'GET', path: '/cycles/:fiscalYear', allowed: EVERY_ROLE },
  { method: 'GET', path: '/cycle-evaluations', allowed: EVALUATORS },
  { method: 'POST', path: '/cycle-evaluations', allowed: EVALUATORS },
  { method: 'GET', path: '/cycle-evaluations/:id', allowed: EVALUATORS },
  { method: 'GET', path: '/cycle-evaluations/:id/csv', allowed: EVALUATORS },
  { method: 'GET', path: '/cycle-evaluations/:id/html', allowed: EVALUATORS },
  { method: 'GET', path: '/trace/:entityType/:id', allowed: EVERY_ROLE },
];
