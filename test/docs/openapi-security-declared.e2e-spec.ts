import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../support/test-app';
import { operationsOf } from '../support/openapi-operations';

type Json = Record<string, any>;

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
    for (const { path, method, op, name } of operationsOf(doc)) {
      if (!op.security?.length) continue;
      const status = await call(method, path);
      if (status !== 401) wrong.push(`${name} -> ${status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('asks no token on any operation that declares `security: []`', async () => {
    const publicOperations: string[] = [];
    const wrong: string[] = [];
    for (const { path, method, op, name } of operationsOf(doc)) {
      if (!Array.isArray(op.security) || op.security.length > 0) continue;
      publicOperations.push(name);
      const status = await call(method, path);
      // A public route may still refuse what it is sent (a bad body, a wrong signature); it never asks for a login.
      if (status === 401 && !op.responses?.['401']) wrong.push(`${name} -> 401 undocumented`);
      if (status === 403) wrong.push(`${name} -> 403`);
    }
    expect(publicOperations).toEqual(expect.arrayContaining(['POST /api/auth/login', 'POST /api/v1/auth/login', 'POST /auth/login', 'GET /health']));
    expect(wrong).toEqual([]);
  });
});
