import { PLAN_VERSION_MOVE_PERMISSIONS, permissionsOf } from '@tracker/contracts';
import { canAccess, moveAvailable, showsMove, type ResourceAccess } from './access';

const PLAN_VERSIONS: ResourceAccess = {
  read: 'plan.read',
  write: 'plan.edit',
  moves: PLAN_VERSION_MOVE_PERMISSIONS,
};
const USERS: ResourceAccess = { read: 'users.manage', write: 'users.manage' };
const proposed = { id: 'v2', status: 'proposed', actions: ['withdraw', 'approve'] };
const approved = { id: 'v1', status: 'approved', actions: ['amend'] };
const draft = { id: 'v3', status: 'draft', actions: ['propose'] };

describe('what the console shows each role', () => {
  it('shows the approve button only to a role with plan.approve, on a version that allows it', () => {
    const reviewer = permissionsOf(['reviewer']);
    const coordinator = permissionsOf(['coordinator']);
    expect(showsMove(reviewer, PLAN_VERSIONS, 'approve', proposed)).toBe(true);
    expect(showsMove(coordinator, PLAN_VERSIONS, 'approve', proposed)).toBe(false);
    expect(showsMove(reviewer, PLAN_VERSIONS, 'approve', draft)).toBe(false);
    expect(showsMove(permissionsOf(['admin']), PLAN_VERSIONS, 'approve', proposed)).toBe(true);
  });

  it('offers propose, withdraw and amend to coordinators where the version allows them', () => {
    const coordinator = permissionsOf(['coordinator']);
    expect(showsMove(coordinator, PLAN_VERSIONS, 'propose', draft)).toBe(true);
    expect(showsMove(coordinator, PLAN_VERSIONS, 'withdraw', proposed)).toBe(true);
    expect(showsMove(coordinator, PLAN_VERSIONS, 'amend', approved)).toBe(true);
    expect(showsMove(coordinator, PLAN_VERSIONS, 'amend', draft)).toBe(false);
  });

  it('gives read-only roles lists and pages but no create, edit, delete or move', () => {
    for (const role of ['analyst', 'auditor'] as const) {
      const permissions = permissionsOf([role]);
      expect(canAccess(permissions, PLAN_VERSIONS, 'list')).toBe(true);
      expect(canAccess(permissions, PLAN_VERSIONS, 'show')).toBe(true);
      for (const action of ['create', 'edit', 'delete']) {
        expect(`${role} ${action}: ${canAccess(permissions, PLAN_VERSIONS, action)}`).toBe(
          `${role} ${action}: false`,
        );
      }
      expect(showsMove(permissions, PLAN_VERSIONS, 'amend', approved)).toBe(false);
    }
  });

  it('keeps user management to administrators', () => {
    expect(canAccess(permissionsOf(['admin']), USERS, 'list')).toBe(true);
    for (const role of ['coordinator', 'analyst', 'reviewer', 'auditor'] as const) {
      expect(canAccess(permissionsOf([role]), USERS, 'list')).toBe(false);
    }
  });

  it('refuses unknown resources and undeclared actions', () => {
    const admin = permissionsOf(['admin']);
    expect(canAccess(admin, undefined, 'list')).toBe(false);
    expect(canAccess(admin, PLAN_VERSIONS, 'publish')).toBe(false);
    expect(canAccess(admin, { read: 'audit.read' }, 'create')).toBe(false);
  });

  it('reads what a record allows from its actions, and nothing from a record without them', () => {
    expect(moveAvailable(proposed, 'approve')).toBe(true);
    expect(moveAvailable(proposed, 'propose')).toBe(false);
    expect(moveAvailable({ id: 'u1' }, 'approve')).toBe(false);
    expect(moveAvailable(undefined, 'approve')).toBe(false);
  });
});
