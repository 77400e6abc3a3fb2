import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { startTestApp, TestApp } from '../support/test-app';
import { containsSeedExample, pathShape, readSeedCommonParameters, readSeedErrorExamples, readSeedOperations, readSeedQueryExample, SeedOperation } from '../support/seed-operations';
import { surfaceOf } from '../../apps/api/src/http/surface';

type Json = Record<string, any>;

/**
 * The seeds (docs/api/seeds) are read again here, independently of the data the document is built from: each
 * operation a seed shows must carry that seed's request and response examples and its words, and every example
 * in the document must match the schema it illustrates (an example that does not reveals a wrong schema or a
 * wrong example).
 */
describe('OpenAPI document carries the seeds', () => {
  let t: TestApp;
  let doc: Json;
  let seeds: SeedOperation[];

  beforeAll(async () => {
    t = await startTestApp();
    doc = (await (await fetch(`${t.url}/openapi.json`)).json()) as Json;
    seeds = readSeedOperations();
  });
  afterAll(async () => t.close());

  const operationOf = (seed: SeedOperation): Json | undefined => {
    const path = Object.keys(doc.paths).find((p) => pathShape(p) === pathShape(seed.path));
    return path ? doc.paths[path][seed.method.toLowerCase()] : undefined;
  };
  const examplesOf = (media: Json | undefined): unknown[] =>
    media ? [...(media.example !== undefined ? [media.example] : []), ...Object.values<Json>(media.examples ?? {}).map((e) => e.value)] : [];

  it('reads every seed (the reader finds what a person finds)', () => {
    const count = (seed: string, what: (s: SeedOperation) => boolean) => seeds.filter((s) => s.seed === seed && what(s)).length;
    expect(count('000', () => true)).toBe(15);
    expect(count('001', (s) => s.prose.length > 0)).toBe(15);
    expect(count('002', (s) => s.request !== undefined)).toBe(6);
    expect(count('003', (s) => Object.keys(s.responses).length > 0)).toBe(16);
    expect(count('004', () => true)).toBe(63);
    const register = seeds.find((s) => s.seed === '000' && s.path === '/api/auth/register')!;
    expect(register.request).toEqual({ email: 'user@example.com', password: 'securePassword123', full_name: 'John Doe', role: 'recruiter' });
    expect(register.responses[201]).toMatchObject({ role: 'recruiter', created_at: '2024-01-01T00:00:00Z' });
  });

  it('documents every operation a seed documents', () => {
    const missing = seeds.filter((s) => !operationOf(s)).map((s) => `${s.seed} ${s.method} ${s.path}`);
    expect(missing).toEqual([]);
  });

  it("carries each seed's request and response examples on its operation", () => {
    const problems: string[] = [];
    for (const seed of seeds) {
      const op = operationOf(seed);
      if (!op) continue;
      const where = `${seed.seed} ${seed.method} ${seed.path}`;
      const check = (what: string, media: Json | undefined, expected: unknown) => {
        const found = examplesOf(media);
        if (!found.some((example) => containsSeedExample(example, expected))) problems.push(`${where}: ${what} example of the seed not found (${found.length} examples there)`);
      };
      if (seed.request !== undefined) check('request', op.requestBody?.content?.['application/json'], seed.request);
      if (seed.formRequest) check('form request', op.requestBody?.content?.['application/x-www-form-urlencoded'], seed.formRequest);
      for (const [status, body] of Object.entries(seed.responses)) {
        if (!op.responses?.[status]) problems.push(`${where}: status ${status} undocumented`);
        else if (body !== undefined) check(`${status} response`, op.responses[status].content?.['application/json'], body);
      }
    }
    expect(problems).toEqual([]);
  });

  it("carries the seeds' error bodies as examples of their surface's error schema", () => {
    const seedErrors = readSeedErrorExamples();
    expect(seedErrors.map((e) => e.seed)).toEqual(['000', '000', '000', '000', '002', '003']);
    const schemaOf: Record<string, string> = { '000': 'ApiError', '002': 'V1Error', '003': 'ApiError' };
    const missing = seedErrors
      .filter(({ seed, example }) => !(doc.components.schemas[schemaOf[seed]].examples ?? []).some((documented: unknown) => containsSeedExample(documented, example)))
      .map(({ seed, example }) => `${seed}: ${JSON.stringify(example)}`);
    expect(missing).toEqual([]);
  });

  it('declares every field a seed example shows in the schema (not only let through as an extra property)', () => {
    const undeclared: string[] = [];
    for (const seed of seeds) {
      const op = operationOf(seed);
      if (!op) continue;
      const where = `${seed.seed} ${seed.method} ${seed.path}`;
      if (seed.request !== undefined) undeclaredFields(seed.request, op.requestBody?.content?.['application/json']?.schema, doc, `${where} request`, undeclared);
      for (const [status, body] of Object.entries(seed.responses)) {
        if (body !== undefined) undeclaredFields(body, op.responses?.[status]?.content?.['application/json']?.schema, doc, `${where} ${status}`, undeclared);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it("describes every operation a seed describes in the seed's words", () => {
    const problems: string[] = [];
    for (const seed of seeds) {
      const op = operationOf(seed);
      if (!op) continue;
      const description = String(op.description ?? '');
      const where = `${seed.seed} ${seed.method} ${seed.path}`;
      for (const sentence of seed.prose) if (!description.includes(sentence)) problems.push(`${where}: description lacks "${sentence}"`);
      if (seed.seed !== '004' && !description.includes(seed.heading) && seed.heading !== 'Use Token in Requests') problems.push(`${where}: description lacks the seed's name "${seed.heading}"`);
      for (const [status, sentence] of Object.entries(seed.errors)) {
        // The seed's sentence goes with its status, or (where the server answers otherwise) into the description.
        if (![op.responses?.[status]?.description, description].some((d) => String(d ?? '').includes(sentence))) problems.push(`${where}: ${status} lacks "${sentence}"`);
      }
      for (const [name, words] of Object.entries(seed.parameters)) {
        const parameter = (op.parameters ?? []).find((p: Json) => p.name === name);
        if (!String(parameter?.description ?? '').includes(words)) problems.push(`${where}: parameter ${name} lacks "${words}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("describes the pagination and filters of every S4 list in 004's words", () => {
    const common = readSeedCommonParameters();
    expect(Object.keys(common)).toEqual(['page', 'size', 'search', 'status', 'date_from', 'date_to', 'sort_by', 'sort_order']);
    const problems: string[] = [];
    let described = 0;
    for (const [path, item] of Object.entries<Json>(doc.paths)) {
      if (surfaceOf(path) !== 'S4' || !item.get) continue;
      for (const parameter of item.get.parameters ?? []) {
        const words = common[parameter.name];
        if (!words) continue;
        described++;
        if (!String(parameter.description ?? '').includes(words)) problems.push(`GET ${path}: ${parameter.name} lacks "${words}"`);
      }
    }
    expect(described).toBeGreaterThan(30);
    expect(problems).toEqual([]);
  });

  it("gives 004's example query as the examples of its operation's parameters", () => {
    const { method, path, query } = readSeedQueryExample();
    expect(Object.keys(query)).toEqual(['page', 'size', 'search', 'status', 'sort_by', 'sort_order']);
    const parameters: Json[] = operationOf({ method, path } as SeedOperation)?.parameters ?? [];
    const examples = Object.fromEntries(parameters.filter((p) => p.name in query).map((p) => [p.name, String(p.example)]));
    expect(examples).toEqual(query);
  });

  it('has only examples that match their own schemas', () => {
    expect(examplesAgainstSchemas(doc)).toEqual([]);
  });

  it('catches an example that does not match its schema', () => {
    const wrong = structuredClone(doc);
    wrong.paths['/api/auth/register'].post.requestBody.content['application/json'].examples['seed 000'].value.email = 42;
    expect(examplesAgainstSchemas(wrong)).toEqual([
      expect.stringMatching(/^\/paths\/~1api~1auth~1register\/post\/requestBody\/content\/application~1json examples\.seed 000: \/email must be string/),
    ]);
  });
});

/**
 * The fields of a seed's example that the schema does not declare. A free-form object (a schema with only
 * `additionalProperties`, such as `metadata`) declares none and is not looked into.
 */
function undeclaredFields(value: unknown, schema: Json | undefined, document: Json, at: string, out: string[]): void {
  const resolved = resolveSchema(schema, document);
  if (!resolved || value === null || typeof value !== 'object') return;
  const alternatives = ((resolved.anyOf ?? resolved.oneOf) as Json[] | undefined)?.map((s) => resolveSchema(s, document)).filter(Boolean) as Json[] | undefined;
  if (Array.isArray(value)) {
    const items = alternatives ? alternatives.find((s) => s.items)?.items : resolved.items;
    return value.forEach((item, i) => undeclaredFields(item, items, document, `${at}[${i}]`, out));
  }
  const shapes = alternatives ?? [resolved];
  const properties: Json = Object.assign({}, ...shapes.flatMap((s) => [s, ...((s.allOf as Json[] | undefined) ?? []).map((p) => resolveSchema(p, document) ?? {})]).map((s) => s.properties ?? {}));
  if (Object.keys(properties).length === 0) return;
  for (const [key, field] of Object.entries(value)) {
    if (!(key in properties)) out.push(`${at}: ${key}`);
    else undeclaredFields(field, properties[key], document, `${at}.${key}`, out);
  }
}

function resolveSchema(schema: Json | undefined, document: Json): Json | undefined {
  let current = schema;
  for (let hops = 0; current?.$ref && hops < 10; hops++) current = document.components.schemas[String(current.$ref).split('/').pop()!];
  return current;
}

/** Each example of the document that its schema refuses, with why (ajv, JSON Schema 2020-12 as in OpenAPI 3.1). */
function examplesAgainstSchemas(document: Json): string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const format of ['binary', 'byte', 'int32', 'int64', 'float', 'double', 'password']) ajv.addFormat(format, true);
  ajv.addSchema({ ...document, $id: 'openapi' });
  const problems: string[] = [];
  walkExamples(document, '', (pointer, example, label) => {
    const check = ajv.compile({ $ref: `openapi#${pointer}` });
    if (!check(example)) problems.push(`${label}: ${(check.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}`);
  });
  return problems;
}

/**
 * Every example of the document with the pointer of the schema it illustrates: a media type's `example` and
 * `examples` (against its `schema`), a parameter's `example`, a schema's own `example` and `examples`.
 */
function walkExamples(node: unknown, pointer: string, visit: (schemaPointer: string, example: unknown, label: string) => void): void {
  if (Array.isArray(node)) return node.forEach((item, i) => walkExamples(item, `${pointer}/${i}`, visit));
  if (!node || typeof node !== 'object') return;
  const object = node as Json;
  const isMedia = /\/content\/[^/]+$/.test(pointer);
  if (isMedia && object.schema) {
    if (object.example !== undefined) visit(`${pointer}/schema`, object.example, `${pointer} example`);
    for (const [name, example] of Object.entries<Json>(object.examples ?? {})) visit(`${pointer}/schema`, example.value, `${pointer} examples.${name}`);
  } else if (typeof object.in === 'string' && object.schema && object.example !== undefined) {
    visit(`${pointer}/schema`, object.example, `${pointer} example`);
  } else if (isSchema(pointer)) {
    if (object.example !== undefined) visit(pointer, object.example, `${pointer} example`);
    if (Array.isArray(object.examples)) object.examples.forEach((example: unknown, i: number) => visit(pointer, example, `${pointer} examples[${i}]`));
  }
  for (const [key, value] of Object.entries(object)) {
    if (key === 'example' || key === 'examples') continue;
    walkExamples(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, visit);
  }
}

/** A pointer into a schema (not an operation, a parameter list or a media type). */
function isSchema(pointer: string): boolean {
  return /^\/components\/schemas\/[^/]+/.test(pointer) || /\/schema(\/|$)/.test(pointer);
}
