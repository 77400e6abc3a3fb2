import { ResponseDriftChecker } from '../support/response-drift';

/** The drift check every e2e test runs (test-app.ts): given a document, when an answer is seen, then its drift. */
describe('response drift check', () => {
  const document = {
    openapi: '3.1.0',
    paths: {
      '/things/{id}': {
        get: {
          responses: {
            '200': { description: 'a thing', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
            '404': { description: 'none', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
          },
        },
      },
      '/things/special': {
        get: { responses: { '200': { description: 'the special one', content: { 'application/json': { schema: { type: 'object', required: ['special'] } } } } } },
      },
      '/things/{id}/export': { get: { responses: { '200': { description: 'csv', content: { 'text/csv': { schema: { type: 'string' } } } } } } },
      '/things/{id}/ping': { post: { responses: { '204': { description: 'done' } } } },
    },
    components: {
      schemas: {
        Thing: {
          type: 'object',
          required: ['id', 'count', 'owner'],
          properties: { id: { type: 'string', format: 'uuid' }, count: { type: 'integer' }, owner: { type: ['string', 'null'] } },
        },
        Error: { type: 'object', required: ['detail'], properties: { detail: { type: 'string' } } },
      },
    },
  };
  const checker = new ResponseDriftChecker(document);
  const thing = { id: '0b6a4f4e-3c1c-4d4e-9f1a-1c2d3e4f5a6b', count: 2, owner: null };
  const answer = (url: string, status: number, body: unknown, contentType = 'application/json; charset=utf-8', method = 'GET') => ({
    method,
    url,
    status,
    contentType,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

  it('accepts an answer the document describes (trailing slash and query string included)', () => {
    expect(checker.check(answer('/things/abc/?x=1', 200, thing))).toEqual([]);
    expect(checker.check(answer('/things/abc', 404, { detail: 'Not found' }))).toEqual([]);
    expect(checker.check(answer('/things/abc/export', 200, 'a,b\n', 'text/csv'))).toEqual([]);
    expect(checker.check(answer('/things/abc/ping', 204, '', '', 'POST'))).toEqual([]);
  });

  it('catches a body its schema does not allow', () => {
    const drift = checker.check(answer('/things/abc', 200, { ...thing, count: 'two' }));
    expect(drift).toEqual([expect.stringContaining('GET /things/abc -> 200: body/count must be integer')]);
    expect(checker.check(answer('/things/abc', 200, { id: 'not-a-uuid', count: 1, owner: 'x' }))).toEqual([expect.stringContaining('must match format "uuid"')]);
    expect(checker.check(answer('/things/abc', 200, { id: thing.id, count: 1 }))).toEqual([expect.stringContaining("must have required property 'owner'")]);
    expect(checker.check(answer('/things/abc', 404, { message: 'gone' }))).toHaveLength(1);
  });

  it('counts an undocumented status as drift', () => {
    expect(checker.check(answer('/things/abc', 409, { detail: 'conflict' }))).toEqual([expect.stringContaining('status 409 is not documented for GET /things/{id}')]);
    expect(checker.check(answer('/things/abc/ping', 200, { ok: true }, 'application/json', 'POST'))).toHaveLength(1);
  });

  it('prefers the literal route over a parameter and flags JSON where another type is documented', () => {
    expect(checker.check(answer('/things/special', 200, thing))).toEqual([expect.stringContaining("must have required property 'special'")]);
    expect(checker.check(answer('/things/abc/export', 200, { rows: [] }))).toEqual([expect.stringContaining('answered JSON where the document lists text/csv')]);
  });

  it('flags a successful answer of an undocumented route, but not the router refusing an unknown one', () => {
    expect(checker.check(answer('/nowhere', 404, { detail: 'Not Found' }))).toEqual([]);
    expect(checker.check(answer('/nowhere', 429, { detail: 'Rate limit exceeded' }))).toEqual([]);
    expect(checker.check(answer('/nowhere', 200, {}))).toEqual([expect.stringContaining('no documented operation')]);
    expect(checker.check(answer('/things/abc', 200, thing, 'application/json', 'DELETE'))).toEqual([expect.stringContaining('no documented operation')]);
  });

  it('does not judge the documentation routes themselves', () => {
    expect(checker.check(answer('/openapi.json', 200, document))).toEqual([]);
    expect(checker.check(answer('/docs/', 200, '<html>', 'text/html'))).toEqual([]);
  });
});
