import { permissionsOf, type Ministry, type Role } from '@tracker/contracts';
import { ForbiddenError, type Actor } from '@tracker/core';
import { assertMinistryScope, canActForMinistry } from './measure-scope';

const actor = (ministry: Ministry, role: Role = 'coordinator'): Actor => ({
  userId: 'u',
  label: 'u@example',
  roles: [role],
  permissions: permissionsOf([role]),
  ministry,
  clearance: 'internal',
  requestId: null,
});

describe('ministry scope of measures', () => {
  it('lets a coordinator act for their own ministry only', () => {
    expect(canActForMinistry(actor('meti'), 'meti')).toBe(true);
    expect(canActForMinistry(actor('meti'), 'mic')).toBe(false);
  });

  it('lets the Cabinet Office and admins act for every ministry', () => {
    expect(canActForMinistry(actor('cao'), 'meti')).toBe(true);
    expect(canActForMinistry(actor('digital', 'admin'), 'meti')).toBe(true);
  });

  it('says who may act when it refuses', () => {
    expect(() => assertMinistryScope(actor('mic'), 'meti', 'edit measure M-1')).toThrow(
      new ForbiddenError(
        'Only Ministry of Economy, Trade and Industry or Cabinet Office may edit measure M-1; you belong to Ministry of Internal Affairs and Communications',
      ),
    );
  });
});
