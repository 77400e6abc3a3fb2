import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { EVENT_STORE, EventStore } from '@candor/application';
import { surfaceOf } from '../../apps/api/src/http/surface';
import { startTestApp, TestApp } from '../support/test-app';
import { FAST_HASH_ENV, TEST_ADMIN } from '../support/identity-fixtures';
import { logIn, signUp } from '../support/interview-actors';

/**
 * Fault test: every route of every surface, enumerated from the app's own /openapi.json (so a new route is
 * covered without touching this file), fed generated bad input: truncated and corrupt JSON, bodies over the
 * limit, deep nesting, wrong content types, unicode edge cases, a wrong type in each field, hostile path
 * parameters. Each answer is a clear 4xx in its surface's error body, never a 5xx; a refused request moves
 * nothing in the event store; and the process stays healthy.
 */
type Schema = {
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  nullable?: boolean;
  minimum?: number;
  alternatives?: string[];
};

interface Operation {
  method: string;
  path: string;
  jsonBody: Schema | null;
  pathParams: string[];
  /** A protected route: anonymous requests are refused before the body is looked at. */
  secured: boolean;
}

/** Routes whose body is not JSON by design (signed webhook text, uploads): only the generic cases apply. */
const NOT_JSON = new Set(['POST /api/livekit/webhook']);
const RUNS = Number(process.env.FUZZ_RUNS ?? 4);

describe('bad input on every route', () => {
  let t: TestApp;
  let token: string;
  let interviewId: string;
  let operations: Operation[];
  let doc: { paths: Record<string, Record<string, any>>; components?: { schemas?: Record<string, Schema> } };
  const failures: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ ...FAST_HASH_ENV, ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password });
    // The superuser passes every guard, so the body and parameter validation of every route is reached.
    token = (await logIn(t.url, TEST_ADMIN.email, TEST_ADMIN.password)).token;
    await signUp(t.url, 'fuzz-candidate@example.com', 'candidate');
    const created = await fetch(`${t.url}/api/v1/interviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ title: 'Fuzz target', candidate_email: 'fuzz-candidate@example.com' }),
    });
    interviewId = ((await created.json()) as { id: string }).id;
    doc = (await (await fetch(`${t.url}/openapi.json`)).json()) as typeof doc;
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, op]) => ({
          method: method.toUpperCase(),
          path,
          jsonBody: NOT_JSON.has(`${method.toUpperCase()} ${path}`) ? null : resolve(op.requestBody?.content?.['application/json']?.schema),
          pathParams: ((op.parameters ?? []) as { in: string; name: string }[]).filter((p) => p.in === 'path').map((p) => p.name),
          secured: Array.isArray(op.security) && op.security.length > 0,
        })),
    );
  }, 60_000);
  afterAll(async () => t.close());

  function resolve(schema: Schema | undefined, depth = 0): Schema | null {
    if (!schema || depth > 5) return null;
    if (schema.$ref) return resolve(doc.components?.schemas?.[schema.$ref.split('/').pop() as string], depth + 1);
    if (schema.allOf) return resolve(schema.allOf[0], depth + 1);
    const alternatives = schema.oneOf ?? schema.anyOf;
    // Several accepted types: keep them all, a wrong value must be none of them.
    if (alternatives) return { ...(resolve(alternatives[0], depth + 1) ?? {}), alternatives: alternatives.map((a) => resolve(a, depth + 1)?.type ?? 'any') };
    if (schema.properties) {
      return { ...schema, properties: Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, resolve(v, depth + 1) ?? v])) };
    }
    if (schema.items) return { ...schema, items: resolve(schema.items, depth + 1) ?? schema.items };
    return schema;
  }

  /** A body that looks right (right types, plausible formats), to be spoiled one field at a time. */
  function plausible(schema: Schema): Record<string, unknown> {
    return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, plausibleValue(k, v)]));
  }
  function plausibleValue(name: string, s: Schema): unknown {
    if (s.enum?.length) return s.enum[0];
    switch (s.type) {
      case 'integer':
      case 'number':
        return s.minimum ?? 1;
      case 'boolean':
        return false;
      case 'array':
        return [];
      case 'object':
        return s.properties ? plausible(s) : {};
    }
    if (s.format === 'email' || /email/.test(name)) return `fuzz-${randomUUID().slice(0, 8)}@example.com`;
    if (s.format === 'uuid' || /_id$/.test(name)) return interviewId;
    if (s.format === 'date-time' || /_at$|date/.test(name)) return '2031-01-01T10:00:00Z';
    return 'fuzz';
  }

  /** A value of a type the field does not have. */
  const jsonType = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : Number.isInteger(v) ? 'integer' : typeof v);
  const wrongFor = (s: Schema): fc.Arbitrary<unknown> =>
    s.alternatives
      ? fc.constantFrom<unknown>({ nested: true }, [1, 2], true, 'text', 3.5).filter((v) => !s.alternatives!.some((t) => t === jsonType(v) || (t === 'number' && typeof v === 'number')))
      : wrongForType(s);
  const wrongForType = (s: Schema): fc.Arbitrary<unknown> => {
    const notString = fc.oneof(fc.integer(), fc.boolean(), fc.constant({ nested: true }), fc.constant([1, 2]));
    switch (s.type) {
      case 'integer':
      case 'number':
        return fc.oneof(fc.string({ minLength: 1 }).filter((x) => Number.isNaN(Number(x))), fc.constant({}), fc.constant([]), fc.boolean());
      case 'boolean':
        return fc.oneof(fc.constantFrom('yes', 'maybe'), fc.constant({}), fc.constant([true]), fc.integer({ min: 2 }));
      case 'array':
        return fc.oneof(fc.string(), fc.integer(), fc.constant({ not: 'a list' }));
      case 'object':
        return fc.oneof(fc.string(), fc.integer(), fc.constant([[]]));
      default:
        return s.enum ? fc.oneof(fc.constant('not-one-of-them'), notString) : notString;
    }
  };

  /** Strings that break naive handling: lone surrogates, NUL, RTL overrides, emoji, zero-width and combining marks. */
  const nastyString = fc.oneof(
    fc.constantFrom('\ud800', '\udfff', 'a\u0000b', '\u202eevil\u202c', '👩‍💻🔥'.repeat(50), '\u200b\ufeff', 'e\u0301\u0301\u0301', '\uffff', ''),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
  );

  /** A lone surrogate cannot be percent-encoded as UTF-8: send the bytes it would be (invalid UTF-8) instead. */
  function encodeParam(value: string): string {
    try {
      return encodeURIComponent(value);
    } catch {
      return '%ED%A0%80%FF';
    }
  }

  function urlFor(op: Operation, param?: string): string {
    let path = op.path;
    for (const p of op.pathParams) path = path.replace(`{${p}}`, encodeParam(param ?? (/interview|session/.test(p) ? interviewId : randomUUID())));
    return `${t.url}${path}`;
  }

  async function head(): Promise<string> {
    return t.app.get<EventStore>(EVENT_STORE).headPosition();
  }

  /** Sends one bad request and checks the answer: a 4xx in the surface's shape, nothing stored. */
  /**
   * `refuse`: must be a 4xx. `noop`: a 2xx is allowed only if it changed nothing (e.g. an all-optional PUT whose
   * body carried no known field). `any`: a 2xx may change state (valid but odd input); never a 5xx either way.
   */
  async function expectRefused(op: Operation, label: string, init: { url?: string; body?: string | Buffer; contentType?: string | null }, mode: 'refuse' | 'noop' | 'any' = 'refuse') {
    const before = await head();
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (init.contentType) headers['content-type'] = init.contentType;
    const url = init.url ?? urlFor(op);
    let res: Response;
    try {
      res = await fetch(url, { method: op.method, headers, body: init.body });
    } catch (error) {
      failures.push(`${op.method} ${op.path} [${label}]: no answer (${(error as Error).message})`);
      return;
    }
    const text = await res.text();
    const where = `${op.method} ${op.path} [${label}] -> ${res.status} ${text.slice(0, 300)}`;
    if (res.status >= 500) return void failures.push(where);
    if (res.status < 400) {
      if (mode === 'refuse') failures.push(`${where} (bad input accepted)`);
      if (mode === 'noop' && (await head()) !== before) failures.push(`${where} (accepted and changed the event store)`);
      return;
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return void failures.push(`${where} (error body is not JSON)`);
    }
    const problem = shapeProblem(new URL(url).pathname, res.status, body);
    if (problem) failures.push(`${where} (${problem})`);
    const after = await head();
    if (after !== before) failures.push(`${where} (event store moved from ${before} to ${after})`);
  }

  /** CONTRACTS.md "Surfaces": the error body each surface documents. */
  function shapeProblem(path: string, status: number, body: Record<string, unknown>): string | null {
    const surface = surfaceOf(path);
    const has = (...keys: string[]) => keys.filter((k) => !(k in body));
    switch (surface) {
      case 'V1': {
        const missing = has('detail', 'status_code');
        if (missing.length) return `S1/S2 body lacks ${missing.join(', ')}`;
        if (body.status_code !== status) return `status_code ${String(body.status_code)} != ${status}`;
        if (status === 422 && !isProblemList(body.detail)) return '422 detail is not a [{loc,msg,type}] list';
        return null;
      }
      case 'S4': {
        const missing = has('success', 'message', 'errors', 'error_code', 'timestamp');
        if (missing.length) return `S4 body lacks ${missing.join(', ')}`;
        return body.success === false ? null : 'S4 success is not false';
      }
      default: {
        // /api carries both S0 {detail} and S3 {error, details, code}; the operational routes speak the same.
        const missing = has('detail', 'error', 'details', 'code');
        if (missing.length) return `/api body lacks ${missing.join(', ')}`;
        if (status === 422 && !isProblemList(body.detail)) return '422 detail is not a [{loc,msg,type}] list';
        return null;
      }
    }
  }
  const isProblemList = (detail: unknown) =>
    Array.isArray(detail) && detail.length > 0 && detail.every((p) => p && Array.isArray(p.loc) && typeof p.msg === 'string' && typeof p.type === 'string');

  const parses = (text: string) => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  };
  const jsonRoutes = () => operations.filter((op) => op.jsonBody !== null);
  const report = () => {
    const found = failures.splice(0);
    expect(found).toEqual([]);
  };

  it('enumerates the documented routes (a body schema for each JSON route)', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(jsonRoutes().length).toBeGreaterThan(20);
    for (const surface of ['/api/auth', '/api/v1/', '/auth/', '/admin/', '/interviewer/']) {
      expect(operations.some((op) => op.path.startsWith(surface))).toBe(true);
    }
  });

  it('answers truncated, corrupt and non-UTF-8 JSON bodies with a 4xx in the surface format', async () => {
    for (const op of jsonRoutes()) {
      const valid = JSON.stringify(plausible(op.jsonBody as Schema));
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: Math.max(1, valid.length - 1) }), fc.constantFrom('', '}', '\u0000', ',,', '\\'), async (cut, tail) => {
          fc.pre(!parses(valid.slice(0, cut) + tail)); // a cut that happens to be valid JSON is not corrupt
          await expectRefused(op, `truncated at ${cut}`, { body: valid.slice(0, cut) + tail, contentType: 'application/json' });
        }),
        { numRuns: RUNS },
      );
      await expectRefused(op, 'invalid UTF-8', {
        body: Buffer.concat([Buffer.from('{"x":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]),
        contentType: 'application/json',
      }, 'noop'); // decoded with U+FFFD replacement characters: odd text, not a broken request
      // CONTRACTS.md: an empty body with a JSON content type is "no body": refused where the body has required
      // fields, and otherwise taken as a request without one (an all-optional create or update may succeed).
      const needsBody = ((op.jsonBody as Schema).required ?? []).length > 0;
      await expectRefused(op, 'empty body', { body: '', contentType: 'application/json' }, needsBody ? 'refuse' : 'any');
      await expectRefused(op, 'JSON scalar', { body: '"just a string"', contentType: 'application/json' });
      await expectRefused(op, 'JSON array', { body: '[1,2,3]', contentType: 'application/json' });
    }
    report();
  }, 60_000);

  it('answers deep nesting and wrong content types with a 4xx in the surface format', async () => {
    const depth = 20_000;
    const deepArray = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const deepObject = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    for (const op of jsonRoutes()) {
      const field = Object.keys(op.jsonBody?.properties ?? {})[0] ?? 'x';
      await expectRefused(op, 'deep array', { body: `{"${field}":${deepArray}}`, contentType: 'application/json' });
      await expectRefused(op, 'deep object', { body: `{"${field}":${deepObject}}`, contentType: 'application/json' });
      await expectRefused(op, 'text/plain', { body: JSON.stringify(plausible(op.jsonBody as Schema)), contentType: 'text/plain' });
      await expectRefused(op, 'application/xml', { body: '<x>1</x>', contentType: 'application/xml' });
      // Without a parser for it the body is not read: an all-optional route may answer a no-op 2xx.
      await expectRefused(op, 'no content type', { body: 'garbage', contentType: null }, 'noop');
      await expectRefused(op, 'multipart without boundary', { body: 'garbage', contentType: 'multipart/form-data' }, 'noop');
    }
    report();
  }, 60_000);

  it('refuses a body over the limit with 413 on every surface, in its format', async () => {
    const huge = JSON.stringify({ title: 'x'.repeat(11 * 1024 * 1024) });
    const bySurface = new Map<string, Operation>();
    for (const op of jsonRoutes()) {
      const key = surfaceOf(op.path) + (op.path.startsWith('/api/') && !op.path.startsWith('/api/v1') ? op.path.split('/')[2] : '');
      if (!bySurface.has(key)) bySurface.set(key, op);
    }
    for (const op of bySurface.values()) {
      const before = await head();
      const res = await fetch(urlFor(op), { method: op.method, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: huge });
      const body = (await res.json()) as Record<string, unknown>;
      expect({ route: op.path, status: res.status }).toEqual({ route: op.path, status: 413 });
      expect(shapeProblem(op.path, 413, body)).toBeNull();
      expect(await head()).toBe(before);
    }
  }, 60_000);

  it('refuses a wrong type in each field with a 4xx validation error that changes nothing', async () => {
    for (const op of jsonRoutes()) {
      const schema = op.jsonBody as Schema;
      for (const [field, fieldSchema] of Object.entries(schema.properties ?? {})) {
        await fc.assert(
          fc.asyncProperty(wrongFor(fieldSchema), async (wrong) => {
            await expectRefused(op, `${field}=${JSON.stringify(wrong)?.slice(0, 40)}`, {
              body: JSON.stringify({ ...plausible(schema), [field]: wrong }),
              contentType: 'application/json',
            });
          }),
          { numRuns: Math.max(1, Math.ceil(RUNS / 2)) },
        );
      }
    }
    report();
  }, 60_000);

  it('survives unicode edge cases in every field (accepted or a 4xx, never a 5xx)', async () => {
    for (const op of jsonRoutes()) {
      const schema = op.jsonBody as Schema;
      const keys = Object.keys(schema.properties ?? {});
      await fc.assert(
        fc.asyncProperty(fc.array(nastyString, { minLength: keys.length, maxLength: keys.length }), async (values) => {
          const body = Object.fromEntries(keys.map((k, i) => [k, values[i]]));
          // A free-text-only route may accept these (they are valid strings); the point is it never breaks.
          await expectRefused(op, `unicode ${JSON.stringify(body).slice(0, 60)}`, { body: JSON.stringify(body), contentType: 'application/json' }, 'any');
        }),
        { numRuns: RUNS },
      );
    }
    report();
  }, 60_000);

  it('answers hostile path parameters with a 4xx', async () => {
    const hostile = fc.oneof(nastyString.filter((s) => s.length > 0), fc.constantFrom('..', '%00', 'x'.repeat(600), "1' OR '1'='1", '{"$ne":null}', '-1', '0'));
    for (const op of operations.filter((o) => o.pathParams.length > 0 && o.method !== 'DELETE')) {
      await fc.assert(
        fc.asyncProperty(hostile, async (param) => {
          const body = op.jsonBody ? JSON.stringify(plausible(op.jsonBody)) : undefined;
          await expectRefused(op, `param ${JSON.stringify(param).slice(0, 40)}`, { url: urlFor(op, param), body, contentType: body ? 'application/json' : null });
        }),
        { numRuns: RUNS },
      );
    }
    report();
  }, 60_000);

  it('is still healthy afterwards', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });
});
