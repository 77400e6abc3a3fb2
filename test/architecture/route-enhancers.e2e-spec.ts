import { ModulesContainer } from '@nestjs/core';
import { GUARDS_METADATA, INTERCEPTORS_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { AdmittedRequestGuard } from '../../apps/api/src/http/admitted-request.guard';
import { S4EnvelopeInterceptor } from '../../apps/api/src/http/s4-envelope.interceptor';
import { surfaceOf } from '../../apps/api/src/http/surface';
import { startTestApp, TestApp } from '../support/test-app';

interface Route {
  name: string;
  path: string;
  guards: unknown[];
  interceptors: unknown[];
}

/** Every route of the app, as Nest registers it: its path and the guards and interceptors it runs (class, then method). */
function routesOf(t: TestApp): Route[] {
  const routes: Route[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as { name: string; prototype: Record<string, unknown> } | null;
      if (!controller) continue;
      const prefixes = [Reflect.getMetadata(PATH_METADATA, controller)].flat() as string[];
      for (const key of Object.getOwnPropertyNames(controller.prototype)) {
        const method = controller.prototype[key];
        if (typeof method !== 'function' || Reflect.getMetadata(METHOD_METADATA, method) === undefined) continue;
        const suffixes = [Reflect.getMetadata(PATH_METADATA, method)].flat() as string[];
        const of = (metadata: string) => [...(Reflect.getMetadata(metadata, controller) ?? []), ...(Reflect.getMetadata(metadata, method) ?? [])];
        for (const prefix of prefixes) {
          for (const suffix of suffixes) {
            routes.push({
              name: `${controller.name}.${key}`,
              path: `/${[prefix, suffix].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/'),
              guards: of(GUARDS_METADATA),
              interceptors: of(INTERCEPTORS_METADATA),
            });
          }
        }
      }
    }
  }
  return routes;
}

describe('what every route runs around its handler (no global interceptor)', () => {
  let t: TestApp;
  let routes: Route[];
  beforeAll(async () => {
    t = await startTestApp({}, undefined, { checkResponses: false });
    routes = routesOf(t);
  });
  afterAll(async () => t.close());

  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThan(150);
  });

  it('ends the guards of every route with AdmittedRequestGuard, once (X-Min-Position, auditor reads)', () => {
    const wrong = routes.filter((r) => r.guards.at(-1) !== AdmittedRequestGuard || r.guards.filter((g) => g === AdmittedRequestGuard).length !== 1);
    expect(wrong.map((r) => r.name)).toEqual([]);
  });

  it('wraps the answers of every S4 route, and of no other, in the S4 envelope', () => {
    const wrapped = (r: Route) => r.interceptors.includes(S4EnvelopeInterceptor);
    expect(routes.filter((r) => surfaceOf(r.path) === 'S4' && !wrapped(r)).map((r) => `${r.name} ${r.path}`)).toEqual([]);
    expect(routes.filter((r) => surfaceOf(r.path) !== 'S4' && wrapped(r)).map((r) => `${r.name} ${r.path}`)).toEqual([]);
  });
});
