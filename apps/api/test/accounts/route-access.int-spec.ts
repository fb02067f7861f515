import { RequestMethod } from '@nestjs/common';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { Role, ROLES } from '@renkei/contract';
import { DataSource } from 'typeorm';
import { ACCESS_RULES, AccessRule, PUBLIC_ROUTE } from '../../src/accounts/access/access.decorators';
import { createFacility, createUser, TestClient } from '../utils/accounts';
import { createTestApp, TestApp } from '../utils/test-app';

interface RouteInfo {
  method: string;
  path: string;
  isPublic: boolean;
  rules: AccessRule[] | undefined;
}

/** Every route the app exposes, read from the controllers themselves, so new routes are covered automatically. */
function listRoutes(testApp: TestApp): RouteInfo[] {
  const discovery = new DiscoveryService(testApp.app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  return discovery.getControllers().flatMap(({ instance, metatype }) => {
    if (!instance || !metatype) {
      return [];
    }
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    const controllerPath = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
    return scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = prototype[name] as object;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) {
        return [];
      }
      const handlerPath = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
      const path = `/${[controllerPath, handlerPath].filter((part) => part && part !== '/').join('/')}`;
      return [
        {
          method: RequestMethod[method],
          path: path === '/' ? '/' : `/api${path}`,
          isPublic: Boolean(reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [handler as () => void, metatype])),
          rules: reflector.getAllAndOverride<AccessRule[] | undefined>(ACCESS_RULES, [handler as () => void, metatype]),
        },
      ];
    });
  });
}

/** Route × role matrix: later issues add their routes' expectations here. */
const EXPECTED_PUBLIC_ROUTES = [
  'GET /',
  'GET /api/health',
  'GET /api/reference/prefectures',
  'GET /api/reference/prefectures/:code',
  'GET /api/reference/specialties',
  'GET /api/reference/sufficiency-datasets',
  'GET /api/reference/sufficiency-datasets/:code',
  'POST /api/auth/login',
  'GET /api/invitations/:token',
  'POST /api/invitations/:token/accept',
  'POST /api/password-reset',
  'GET /api/password-reset/:token',
  'POST /api/password-reset/:token',
  'GET /api/reference/prefectures/:code/scarce-spots',
  'GET /api/eligibility/check',
  'GET /api/eligibility/prefectures',
  'GET /api/eligibility/dataset-comparison',
  'GET /api/eligibility/host-table',
  'GET /api/eligibility/ceiling-datasets',
  'GET /api/eligibility/rule-sets',
  'GET /api/eligibility/rule-sets/:id',
  'GET /api/eligibility/exceptions',
  'GET /api/rounds/published',
  'GET /api/rounds/:id/published-hosts',
  'GET /api/rounds/:id/published-hosts.csv',
  'GET /api/rounds/:id/published-hosts.xlsx',
  'GET /api/facilities/search',
  'GET /api/host-photos/:photoId',
  'POST /api/host-alerts',
  'POST /api/host-alerts/confirm',
  'POST /api/host-alerts/unsubscribe',
  'GET /api/hosts',
  'GET /api/hosts/:facilityId',
  'GET /api/prefecture-profiles/:prefectureCode',
];

const ALL_ROLES: Role[] = [...ROLES];
/** Who may call each closed route: roles, or any signed-in person. Later issues extend this table. */
const EXPECTED_ACCESS: Record<string, Role[] | 'any-signed-in'> = {
  'GET /api/auth/me': 'any-signed-in',
  'POST /api/auth/logout': 'any-signed-in',
  'PATCH /api/account': 'any-signed-in',
  'POST /api/account/password': 'any-signed-in',
  'POST /api/invitations': ['jmsb', 'prefecture'],
  'GET /api/users': ['jmsb', 'prefecture'],
  'POST /api/users/:id/deactivate': ['jmsb', 'prefecture'],
  'POST /api/users/:id/reactivate': ['jmsb', 'prefecture'],
  'POST /api/users/:id/invitation': ['jmsb', 'prefecture'],
  'POST /api/users/:id/roles': ['jmsb', 'prefecture'],
  'DELETE /api/users/:id/roles/:assignmentId': ['jmsb', 'prefecture'],
  'GET /api/audit': ALL_ROLES,
  'GET /api/audit/export.csv': ALL_ROLES,
  'GET /api/dev-mailbox': ['jmsb'],
  'GET /api/dev-mailbox/:id': ['jmsb'],
  'POST /api/imports/:kind': ['jmsb', 'prefecture'],
  'GET /api/imports/:id': ['jmsb', 'prefecture'],
  'POST /api/imports/:id/commit': ['jmsb', 'prefecture'],
  'GET /api/facilities': ALL_ROLES,
  'GET /api/facilities/:id': ALL_ROLES,
  'POST /api/facilities': ['jmsb', 'prefecture'],
  'PUT /api/facilities/:id': ['jmsb', 'prefecture'],
  'PUT /api/reference/areas/:areaCode/designation': ['jmsb', 'prefecture'],
  'POST /api/reference/prefectures/:code/scarce-spots': ['jmsb', 'prefecture'],
  'DELETE /api/reference/prefectures/:code/scarce-spots/:spotId': ['jmsb', 'prefecture'],
  'POST /api/eligibility/what-if': ['jmsb'],
  'POST /api/eligibility/rule-sets': ['jmsb'],
  'POST /api/eligibility/rule-sets/:id/activate': ['jmsb'],
  'GET /api/eligibility/rule-sets/:id/diff': ['jmsb'],
  'POST /api/eligibility/exceptions': ['jmsb'],
  'POST /api/eligibility/exceptions/:id/deactivate': ['jmsb'],
  'GET /api/rounds': ALL_ROLES,
  'POST /api/rounds': ['jmsb'],
  'GET /api/rounds/:id': ALL_ROLES,
  'PUT /api/rounds/:id/expected-places': ['jmsb'],
  'GET /api/rounds/:id/compilation': ['jmsb'],
  'POST /api/rounds/:id/send-to-societies': ['jmsb'],
  'POST /api/rounds/:id/publish': ['jmsb'],
  'GET /api/rounds/:id/submissions/:prefectureCode': ['jmsb', 'prefecture'],
  'POST /api/rounds/:id/submissions/:prefectureCode/candidates': ['prefecture'],
  'POST /api/rounds/:id/submissions/:prefectureCode/submit': ['prefecture'],
  'POST /api/rounds/:id/submissions/:prefectureCode/withdraw': ['prefecture'],
  'POST /api/rounds/:id/submissions/:prefectureCode/return': ['jmsb'],
  'PUT /api/rounds/:id/candidates/:candidateId': ['prefecture'],
  'DELETE /api/rounds/:id/candidates/:candidateId': ['prefecture'],
  'POST /api/rounds/:id/candidates/:candidateId/resubmit': ['prefecture'],
  'GET /api/rounds/:id/review/:specialtyCode': ['jmsb', 'society'],
  'POST /api/rounds/:id/review/:specialtyCode/confirm': ['society'],
  'POST /api/rounds/:id/candidates/:candidateId/confirm': ['society'],
  'POST /api/rounds/:id/candidates/:candidateId/return': ['society'],
  'GET /api/tasks': ALL_ROLES,
  'GET /api/host-profiles': ['prefecture', 'jmsb'],
  'GET /api/host-profiles/:facilityId': ['host-facility', 'prefecture', 'jmsb'],
  'PUT /api/host-profiles/:facilityId/places/:specialtyCode': ['host-facility', 'prefecture'],
  'PUT /api/host-profiles/:facilityId': ['host-facility', 'prefecture'],
  'POST /api/host-profiles/:facilityId/submit': ['host-facility', 'prefecture'],
  'POST /api/host-profiles/:facilityId/approve': ['prefecture'],
  'POST /api/host-profiles/:facilityId/return': ['prefecture'],
  'POST /api/host-profiles/:facilityId/photos': ['host-facility', 'prefecture'],
  'PUT /api/prefecture-profiles/:prefectureCode': ['prefecture'],
  'POST /api/programs': ['base-facility'],
  'GET /api/programs': ['base-facility', 'host-facility', 'prefecture', 'jmsb'],
  'GET /api/programs.csv': ['jmsb'],
  'GET /api/programs.xlsx': ['jmsb'],
  'GET /api/programs/recommendations': ['base-facility'],
  'GET /api/programs/:id': ['base-facility', 'host-facility', 'prefecture', 'jmsb'],
  'POST /api/programs/:id/requests/:requestId/accept': ['host-facility'],
  'POST /api/programs/:id/requests/:requestId/decline': ['host-facility'],
  'POST /api/programs/:id/requests/:requestId/withdraw': ['base-facility'],
  'POST /api/programs/:id/requests/:requestId/comments': ['base-facility', 'host-facility', 'prefecture'],
  'POST /api/programs/:id/requests/:requestId/rotations': ['base-facility'],
  'PUT /api/programs/:id/results': ['base-facility'],
  'GET /api/hosts/:facilityId/ledger': ['host-facility', 'prefecture', 'jmsb'],
  // Prefecture and society only in their own scope (query `prefecture` / `specialty`): analytics.int-spec.ts.
  'GET /api/analytics/funnel': ['jmsb', 'prefecture', 'society'],
  'GET /api/analytics/funnel.csv': ['jmsb', 'prefecture', 'society'],
  'GET /api/analytics/funnel.xlsx': ['jmsb', 'prefecture', 'society'],
  'GET /api/analytics/capacity-demand': ['jmsb', 'prefecture', 'society'],
  'GET /api/analytics/capacity-demand.csv': ['jmsb', 'prefecture', 'society'],
  'GET /api/analytics/capacity-demand.xlsx': ['jmsb', 'prefecture', 'society'],
  'GET /api/analytics/concentration': ['jmsb', 'prefecture', 'society'],
  'GET /api/analytics/concentration.csv': ['jmsb', 'prefecture', 'society'],
  'GET /api/analytics/concentration.xlsx': ['jmsb', 'prefecture', 'society'],
};

describe('route access (deny by default)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(() => testApp.close());

  it('opens exactly the routes meant to be public', () => {
    const routes = listRoutes(testApp);
    expect(routes.length).toBeGreaterThan(EXPECTED_PUBLIC_ROUTES.length);
    expect(
      routes
        .filter((route) => route.isPublic)
        .map((route) => `${route.method} ${route.path}`)
        .sort(),
    ).toEqual([...EXPECTED_PUBLIC_ROUTES].sort());
  });

  it('refuses every non-public route to an anonymous caller with 401', async () => {
    const browser = await new TestClient(testApp.http).start();
    const closed = listRoutes(testApp).filter((route) => !route.isPublic);
    for (const route of closed) {
      const path = route.path.replace(/:([a-zA-Z]+)/g, '00000000-0000-4000-8000-000000000000');
      const response = route.method === 'GET' ? await browser.get(path) : await browser.send(route.method, path, {});
      expect({
        route: `${route.method} ${route.path}`,
        status: response.status,
      }).toEqual({ route: `${route.method} ${route.path}`, status: 401 });
    }
  });

  it('declares the intended roles on every closed route', () => {
    const declared = Object.fromEntries(
      listRoutes(testApp)
        .filter((route) => !route.isPublic)
        .map((route) => [`${route.method} ${route.path}`, route.rules ? [...new Set(route.rules.map((rule) => rule.role))].sort() : 'any-signed-in']),
    );
    const expected = Object.fromEntries(
      Object.entries(EXPECTED_ACCESS).map(([route, roles]) => [route, roles === 'any-signed-in' ? roles : [...roles].sort()]),
    );
    expect(declared).toEqual(expected);
  });

  it('refuses every closed route with 403 to each signed-in role it does not name', async () => {
    const dataSource = testApp.app.get(DataSource);
    const facility = await createFacility(dataSource, '02', '0204');
    const clients = new Map<Role, TestClient>();
    for (const role of ALL_ROLES) {
      const user = await createUser(dataSource, {
        role,
        ...(role === 'prefecture' ? { prefectureCode: '02' } : {}),
        ...(role === 'society' ? { specialtyCode: 'internal-medicine' } : {}),
        ...(role === 'base-facility' || role === 'host-facility' ? { facilityId: facility.id } : {}),
      });
      const client = await new TestClient(testApp.http).start();
      await client.signIn(user.email);
      clients.set(role, client);
    }
    const refusals: string[] = [];
    for (const [route, allowed] of Object.entries(EXPECTED_ACCESS)) {
      if (allowed === 'any-signed-in') {
        continue;
      }
      const [method = 'GET', pattern = ''] = route.split(' ');
      const path = pattern.replace(/:([a-zA-Z]+)/g, '00000000-0000-4000-8000-000000000000');
      for (const role of ALL_ROLES.filter((candidate) => !allowed.includes(candidate))) {
        const client = clients.get(role) as TestClient;
        const response = method === 'GET' ? await client.get(path) : await client.send(method, path, {});
        refusals.push(`${route} as ${role}: ${response.status}`);
      }
    }
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.filter((line) => !line.endsWith(': 403'))).toEqual([]);
  });
});
