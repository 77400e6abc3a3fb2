import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../support/test-app';
import { surfaceOf } from '../../apps/api/src/http/surface';
import { operationsOf } from '../support/openapi-operations';

type Json = Record<string, any>;

/**
 * The client habits of issue 17, on every operation of the document rather than one per surface: a JSON body
 * typed `application/json; charset=utf-8` is read as `application/json` is, an empty body typed
 * `application/json` is no body, and a trailing slash or none reach the same operation. Nothing sent changes
 * anything: writes carry a JSON array, which no operation takes (refused by validation, alike for both
 * spellings), or go without a token; reads only read.
 */
describe('client habits on every operation', () => {
  let t: TestApp;
  let doc: Json;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    doc = (await (await fetch(`${t.url}/openapi.json`)).json()) as Json;
    const email = `habits-${randomUUID()}@example.com`;
    await fetch(`${t.url}/api/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'Secure-pass-123', full_name: 'Habits' }) });
    const login = await fetch(`${t.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'Secure-pass-123' }) });
    token = ((await login.json()) as { access_token: string }).access_token;
  });
  afterAll(async () => t.close());

  const operations = () => operationsOf(doc);
  const concrete = (path: string) => path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000001');
  const send = async (method: string, url: string, contentType?: string): Promise<number> => {
    const response = await fetch(t.url + url, {
      method: method.toUpperCase(),
      headers: { authorization: `Bearer ${token}`, ...(contentType ? { 'content-type': contentType } : {}) },
      ...(contentType ? { body: '[]' } : {}),
    });
    await response.arrayBuffer();
    return response.status;
  };

  it('reads `application/json; charset=utf-8` as `application/json` on every operation with a JSON body', async () => {
    const differ: string[] = [];
    let refusedByValidation = 0;
    const jsonBodies = operations().filter(({ op }) => op.requestBody?.content?.['application/json']);
    expect(jsonBodies.length).toBeGreaterThan(50);
    for (const { path, method } of jsonBodies) {
      const plain = await send(method, concrete(path), 'application/json');
      const withCharset = await send(method, concrete(path), 'application/json; charset=utf-8');
      if (withCharset === 400 || withCharset === 422) refusedByValidation++;
      if (plain !== withCharset || withCharset === 415) differ.push(`${method.toUpperCase()} ${path}: ${plain} plain, ${withCharset} with charset`);
    }
    expect(differ).toEqual([]);
    // The calls reached the operations (logged in, past routing) rather than all stopping at a guard.
    expect(refusedByValidation).toBeGreaterThan(jsonBodies.length / 2);
  });

  it('reads an empty body typed application/json as no body on every write, before anything else is checked', async () => {
    const refused: string[] = [];
    const writes = operations().filter(({ method }) => method !== 'get');
    for (const { path, method, op } of writes) {
      // Without a token: nothing acts, and a secured operation's guard answers 401 — unless the body parser refused first.
      const response = await fetch(t.url + concrete(path), { method: method.toUpperCase(), headers: { 'content-type': 'application/json' }, body: '' });
      const text = await response.text();
      if (/body cannot be empty/i.test(text)) refused.push(`${method.toUpperCase()} ${path}: ${response.status} ${text.slice(0, 80)}`);
      else if (op.security?.length && response.status !== 401) refused.push(`${method.toUpperCase()} ${path}: ${response.status}, not 401`);
    }
    expect(writes.length).toBeGreaterThan(80);
    expect(refused).toEqual([]);
  });

  it('answers the same with a trailing slash or without one, on every operation', async () => {
    const differ: string[] = [];
    for (const { path, method, op } of operations()) {
      const contentType = op.requestBody?.content?.['application/json'] ? 'application/json' : undefined;
      if (!contentType && method !== 'get') continue; // a body-less write would act: its habits are in client-habits.e2e-spec.ts
      // `/api/auth/login` is S0's and `/api/auth/login/` S3's (CONTRACTS.md): there the slash picks the surface.
      if (surfaceOf(path) !== surfaceOf(`${path}/`)) continue;
      const without = await send(method, concrete(path), contentType);
      const withSlash = await send(method, `${concrete(path)}/`, contentType);
      if (without !== withSlash) differ.push(`${method.toUpperCase()} ${path}: ${without} without, ${withSlash} with the slash`);
    }
    expect(differ).toEqual([]);
  });
});
