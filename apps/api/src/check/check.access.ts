import type { AccessExpectation } from '../../../../test/access-matrix';

/**
 * Who may do what in the Check stage. Analysts run the stage; reviewers decide on findings;
 * auditors read everything. Coordinators read incidents and organisations (incident trends
 * feed the next Basic Plan) but not investigations, whose case files hold businesses' answers.
 * What each reader sees of an incident also depends on their clearance (docs/adr/0006).
 */
const ANALYST = ['admin', 'analyst'] as const;
const REVIEWER = ['admin', 'reviewer'] as const;
const INCIDENT_READERS = ['admin', 'coordinator', 'analyst', 'reviewer', 'auditor'] as const;
const CASE_READERS = ['admin', 'analyst', 'reviewer', 'auditor'] as const;
const COMMENTERS = ['admin', 'analyst', 'reviewer'] as const;

export const CHECK_ACCESS: AccessExpectation[] = [
  { method: 'GET', path: '/organisations', allowed: INCIDENT_READERS },
  { method: 'GET', path: '/organisations/:id', allowed: INCIDENT_READERS },
  { method: 'POST', path: '/organisations', allowed: ANALYST },
  { method: 'PUT', path: '/organisations/:id', allowed: ANALYST },
  { method: 'DELETE', path: '/organisations/:id', allowed: ANALYST },
  { method: 'GET', path: '/organisations/:id/history', allowed: INCIDENT_READERS },

  { method: 'GET', path: '/incidents', allowed: INCIDENT_READERS },
  { method: 'GET', path: '/incidents/export.csv', allowed: INCIDENT_READERS },
  { method: 'GET', path: '/incidents/by-reference/:reference', allowed: INCIDENT_READERS },
  { method: 'GET', path: '/incidents/:id', allowed: INCIDENT_READERS },
  { method: 'POST', path: '/incidents', allowed: ANALYST },
  { method: 'PUT', path: '/incidents/:id', allowed: ANALYST },
  { method: 'POST', path: '/incidents/:id/triage', allowed: ANALYST },
  { method: 'POST', path: '/incidents/:id/close', allowed: ANALYST },
  { method: 'POST', path: '/incidents/:id/dismiss', allowed: ANALYST },
  { method: 'POST', path: '/incidents/:id/duplicate', allowed: ANALYST },
  { method: 'GET', path: '/incidents/:id/history', allowed: INCIDENT_READERS },
  { method: 'GET', path: '/incidents/:id/timeline', allowed: INCIDENT_READERS },
  { method: 'POST', path: '/incidents/:id/comments', allowed: COMMENTERS },

  { method: 'GET', path: '/investigations', allowed: CASE_READERS },
  { method: 'GET', path: '/investigations/:id', allowed: CASE_READERS },
  { method: 'POST', path: '/investigations', allowed: ANALYST },
  { method: 'PUT', path: '/investigations/:id', allowed: ANALYST },
  { method: 'POST', path: '/investigations/:id/gather', allowed: ANALYST },
  { method: 'POST', path: '/investigations/:id/analyse', allowed: ANALYST },
  { method: 'POST', path: '/investigations/:id/review', allowed: ANALYST },
  { method: 'POST', path: '/investigations/:id/revise', allowed: ANALYST },
  { method: 'POST', path: '/investigations/:id/conclude', allowed: ANALYST },
  { method: 'GET', path: '/investigations/:id/history', allowed: CASE_READERS },
  { method: 'GET', path: '/investigations/:id/timeline', allowed: CASE_READERS },
  { method: 'POST', path: '/investigations/:id/comments', allowed: COMMENTERS },

  { method: 'GET', path: '/information-requests', allowed: CASE_READERS },
  { method: 'GET', path: '/information-requests/:id', allowed: CASE_READERS },
  { method: 'POST', path: '/information-requests', allowed: ANALYST },
  { method: 'PUT', path: '/information-requests/:id', allowed: ANALYST },
  { method: 'POST', path: '/information-requests/:id/respond', allowed: ANALYST },
  { method: 'POST', path: '/information-requests/:id/close', allowed: ANALYST },
  { method: 'GET', path: '/information-requests/:id/history', allowed: CASE_READERS },

  { method: 'GET', path: '/findings', allowed: CASE_READERS },
  { method: 'GET', path: '/findings/:id', allowed: CASE_READERS },
  { method: 'POST', path: '/findings', allowed: ANALYST },
  { method: 'PUT', path: '/findings/:id', allowed: ANALYST },
  { method: 'DELETE', path: '/findings/:id', allowed: ANALYST },
  { method: 'POST', path: '/findings/:id/submit', allowed: ANALYST },
  { method: 'POST', path: '/findings/:id/accept', allowed: REVIEWER },
  { method: 'POST', path: '/findings/:id/return', allowed: REVIEWER },
  { method: 'GET', path: '/findings/:id/history', allowed: CASE_READERS },
];
