import { RequestMethod } from '@nestjs/common';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_RULES, AccessRule, PUBLIC_ROUTE } from '../../src/accounts/access/access.decorators';
import { TestClient } from '../utils/accounts';
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
];

describe('route access (deny by default)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(() => testApp.close());

  it('opens exactly the routes meant to be public', () => {
    const routes = listRoutes(testApp);
    expect(routes.length).toBeGreaterThan(EXPECTED_PUBLIC_ROUTES.length);
    expect(routes.filter((route) => route.isPublic).map((route) => `${route.method} ${route.path}`).sort()).toEqual([...EXPECTED_PUBLIC_ROUTES].sort());
  });

  it('refuses every non-public route to an anonymous caller with 401', async () => {
    const browser = await new TestClient(testApp.http).start();
    const closed = listRoutes(testApp).filter((route) => !route.isPublic);
    for (const route of closed) {
      const path = route.path.replace(/:([a-zA-Z]+)/g, '00000000-0000-4000-8000-000000000000');
      const response = route.method === 'GET' ? await browser.get(path) : await browser.send(route.method, path, {});
      expect({ route: `${route.method} ${route.path}`, status: response.status }).toEqual({ route: `${route.method} ${route.path}`, status: 401 });
    }
  });
});
