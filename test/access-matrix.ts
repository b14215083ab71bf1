import type { Role } from '@tracker/contracts';

/**
 * What a route is expected to allow, written by hand (not derived from the code under test):
 * `public`, `signed-in` (any role), or the roles that may call it. The role-matrix test checks
 * every cell against the running API and fails if a route has no expectation here.
 */
export interface AccessExpectation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below /api/v1 with `:param` placeholders, as in the OpenAPI document. */
  path: string;
  allowed: 'public' | 'signed-in' | readonly Role[];
}

export const EVERY_ROLE: readonly Role[] = [
  'admin',
  'coordinator',
  'analyst',
  'reviewer',
  'auditor',
];
