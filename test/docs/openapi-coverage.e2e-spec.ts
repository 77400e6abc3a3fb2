import { startTestApp, TestApp } from '../support/test-app';

/** /openapi.json documents every route with its response schema, and its request schema where it takes a body. */
describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: { paths: Record<string, Record<string, any>> };

  beforeAll(async () => {
    t = await startTestApp();
    doc = (await (await fetch(`${t.url}/openapi.json`)).json()) as typeof doc;
  });
  afterAll(async () => t.close());

  const operations = () => Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));

  it('covers every surface', () => {
    const paths = Object.keys(doc.paths);
    for (const prefix of ['/api/sessions', '/api/v1/interviews', '/api/v1/sandbox/execute', '/api/jobs', '/api/interviews', '/auth/login', '/admin/users', '/billing/plans', '/health']) {
      expect(paths.some((p) => p.startsWith(prefix))).toBe(true);
    }
  });

  it('gives every operation a success response with a schema (or 204), and every body a schema', () => {
    const missing: string[] = [];
    for (const { path, method, op } of operations()) {
      const success = Object.entries<any>(op.responses ?? {}).filter(([code]) => code.startsWith('2'));
      const described = success.some(([code, r]) => code === '204' || Object.values<any>(r.content ?? {}).some((c) => c.schema));
      if (!described) missing.push(`${method.toUpperCase()} ${path}: no success schema`);
      const body = op.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined;
      if (body && !Object.values(body.content ?? {}).some((c) => c.schema)) missing.push(`${method.toUpperCase()} ${path}: body without schema`);
    }
    expect(missing).toEqual([]);
  });
});
