import { Controller, Get } from '@nestjs/common';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { ACCESS_KEY, AccessGuard } from '@tracker/auth';
import { ROLES } from '@tracker/contracts';
import { TestApp } from '../../../test/test-app';
import { type AccessExpectation } from '../../../test/access-matrix';
import { ACT_ACCESS } from './act/act.access';
import { CHECK_ACCESS } from './check/check.access';
import { ADMIN_ACCESS } from './admin/admin.access';
import { DO_ACCESS } from './do/do.access';
import { DASHBOARD_ACCESS } from './dashboard/dashboard.access';
import { PLAN_ACCESS } from './plan/plan.access';
import { PLATFORM_ACCESS } from './platform.access';
import { PUBLIC_ACCESS } from './public/public.access';
import { REVIEW_ACCESS } from './review/review.access';

/** Every stage adds its table here. */
const EXPECTED: AccessExpectation[] = [
  ...PLATFORM_ACCESS,
  ...DASHBOARD_ACCESS,
  ...PLAN_ACCESS,
  ...DO_ACCESS,
  ...CHECK_ACCESS,
  ...ACT_ACCESS,
  ...PUBLIC_ACCESS,
  ...REVIEW_ACCESS,
  ...ADMIN_ACCESS,
];

const PLACEHOLDER: Record<string, string> = {
  id: '00000000-0000-4000-8000-000000000000',
  sequence: '999999999',
  reference: 'INC-2026-99999',
  entityType: 'guidance',
  fiscalYear: '2026',
  file: 'guidance.json',
};

const bodyFor = (method: string) => (method === 'GET' || method === 'DELETE' ? undefined : {});

function concrete(path: string) {
  return path.replace(/:(\w+)/g, (_, name: string) => PLACEHOLDER[name] ?? PLACEHOLDER.id);
}

describe('role × endpoint access matrix (every route, every role, real HTTP)', () => {
  let t: TestApp;
  let routes: { method: string; path: string }[];
  let adminToken: string;

  beforeAll(async () => {
    t = await TestApp.start();
    adminToken = await t.tokenOf('admin');
    const doc = await t.request('GET', '/../docs-json');
    routes = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, methods]) =>
        Object.keys(methods).map((method) => ({
          method: method.toUpperCase(),
          path: path.replace(/^\/api\/v1/, '').replace(/\{(\w+)\}/g, ':$1'),
        })),
    );
  });
  afterAll(() => t.stop());

  it('has an expectation for every route the API serves, and no stale ones', () => {
    const key = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
    const expected = new Set(EXPECTED.map(key));
    const served = new Set(routes.map(key));
    expect([...served].filter((r) => !expected.has(r))).toEqual([]);
    expect([...expected].filter((r) => !served.has(r))).toEqual([]);
  });

  it('refuses every non-public route without a token (401) and with a forged one (401)', async () => {
    for (const route of EXPECTED.filter((r) => r.allowed !== 'public')) {
      const anonymous = await t.request(route.method, concrete(route.path), {
        body: bodyFor(route.method),
      });
      expect(`${route.method} ${route.path} → ${anonymous.status}`).toBe(
        `${route.method} ${route.path} → 401`,
      );
      const forged = await t.request(route.method, concrete(route.path), {
        body: bodyFor(route.method),
        token: 'eyJhbGciOiJIUzI1NiJ9.e30.forged',
      });
      expect(`${route.method} ${route.path} → ${forged.status}`).toBe(
        `${route.method} ${route.path} → 401`,
      );
    }
  });

  it('lets each role through exactly where the matrix says (403 elsewhere)', async () => {
    const cells: string[] = [];
    const wrong: string[] = [];
    for (const role of ROLES) {
      const token = await t.tokenOf(role);
      for (const route of EXPECTED) {
        // Signing out would end the session the rest of the matrix uses.
        if (route.path === '/auth/logout') continue;
        const allowed =
          route.allowed === 'public' ||
          route.allowed === 'signed-in' ||
          route.allowed.includes(role);
        const response = await t.request(route.method, concrete(route.path), {
          body: bodyFor(route.method),
          token,
        });
        const denied = response.status === 401 || response.status === 403;
        const cell = `${role} ${route.method} ${route.path}: ${response.status}`;
        cells.push(cell);
        if (allowed === denied || (denied && response.status !== 403) || response.status >= 500)
          wrong.push(cell);
      }
    }
    expect(wrong).toEqual([]);
    expect(cells.length).toBeGreaterThan(EXPECTED.length * (ROLES.length - 1));
  });

  it('finds an access declaration on every controller handler', () => {
    const scanner = new MetadataScanner();
    const reflector = t.app.get(Reflector);
    const undeclared: string[] = [];
    let handlers = 0;
    const controllers = [...t.app.get(ModulesContainer).values()].flatMap((m) => [
      ...m.controllers.values(),
    ]);
    for (const wrapper of controllers) {
      const prototype = Object.getPrototypeOf(wrapper.instance);
      for (const name of scanner.getAllMethodNames(prototype)) {
        handlers += 1;
        const rule = reflector.getAllAndOverride(ACCESS_KEY, [prototype[name], wrapper.metatype]);
        if (!rule) undeclared.push(`${wrapper.name}.${name}`);
      }
    }
    expect(handlers).toBeGreaterThanOrEqual(EXPECTED.length);
    expect(undeclared).toEqual([]);
  });

  it('refuses a route that declares no access rule, even to an admin', async () => {
    @Controller('undeclared')
    class UndeclaredController {
      @Get()
      secret() {
        return 'should never be served';
      }
    }
    const guard = t.app.get(AccessGuard);
    const module = await Test.createTestingModule({
      controllers: [UndeclaredController],
    }).compile();
    const handler = module.get(UndeclaredController).secret;
    const context = {
      getHandler: () => handler,
      getClass: () => UndeclaredController,
      switchToHttp: () => ({
        getRequest: () => ({ headers: { authorization: `Bearer ${adminToken}` } }),
      }),
    };
    await expect(guard.canActivate(context as never)).rejects.toMatchObject({
      code: 'route_not_declared',
    });
  });

  it('lets any signed-in user sign out', async () => {
    for (const role of ROLES) {
      const login = await t.login(`${role}@test.example`);
      const response = await t.request('POST', '/auth/logout', { token: login.body.accessToken });
      expect(response.status).toBe(204);
    }
  });
});
