import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../support/test-app';

type Json = Record<string, any>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * What the document says about security is what the server does, for every operation, as a consumer without
 * credentials finds out: an operation that declares a security requirement answers 401 (in its surface's error
 * body, checked by the drift check) to a call without a token; one that declares `security: []` does not ask
 * for one.
 */
describe('OpenAPI security declarations match the server', () => {
  let t: TestApp;
  let doc: Json;

  beforeAll(async () => {
    t = await startTestApp();
    doc = (await (await fetch(`${t.url}/openapi.json`)).json()) as Json;
  });
  afterAll(async () => t.close());

  const call = async (method: string, path: string): Promise<number> => {
    const url = t.url + path.replace(/\{[^}]+\}/g, () => randomUUID());
    const withBody = method !== 'get' && method !== 'delete';
    const response = await fetch(url, { method: method.toUpperCase(), ...(withBody ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}) });
    await response.arrayBuffer();
    return response.status;
  };

  it('answers 401 without a token on every operation that declares a security requirement', async () => {
    const wrong: string[] = [];
    for (const [path, item] of Object.entries<Json>(doc.paths)) {
      for (const method of METHODS.filter((m) => item[m]?.security?.length)) {
        const status = await call(method, path);
        if (status !== 401) wrong.push(`${method.toUpperCase()} ${path} -> ${status}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('asks no token on any operation that declares `security: []`', async () => {
    const publicOperations: string[] = [];
    const wrong: string[] = [];
    for (const [path, item] of Object.entries<Json>(doc.paths)) {
      for (const method of METHODS.filter((m) => Array.isArray(item[m]?.security) && item[m].security.length === 0)) {
        publicOperations.push(`${method.toUpperCase()} ${path}`);
        const status = await call(method, path);
        // A public route may still refuse what it is sent (a bad body, a wrong signature); it never asks for a login.
        if (status === 401 && !item[method].responses?.['401']) wrong.push(`${method.toUpperCase()} ${path} -> 401 undocumented`);
        if (status === 403) wrong.push(`${method.toUpperCase()} ${path} -> 403`);
      }
    }
    expect(publicOperations).toEqual(expect.arrayContaining(['POST /api/auth/login', 'POST /api/v1/auth/login', 'POST /auth/login', 'GET /health']));
    expect(wrong).toEqual([]);
  });
});
