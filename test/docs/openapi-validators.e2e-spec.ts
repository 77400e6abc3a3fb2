import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SwaggerParser from '@apidevtools/swagger-parser';
import { load } from 'js-yaml';
import { startTestApp, TestApp } from '../support/test-app';
import { errorStatusesOf } from '../../apps/api/src/http/openapi/finish-openapi-document';
import { surfaceOf } from '../../apps/api/src/http/surface';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * The served /openapi.json is what consumers' tools accept: swagger-parser validates it, Redocly's recommended
 * rules find no error, and every operation (whoever added it) has a summary, tags, a security declaration and
 * its surface's error bodies.
 */
describe('OpenAPI document accepted by validators', () => {
  let t: TestApp;
  let doc: Record<string, any>;
  const operations = () =>
    Object.entries<Record<string, any>>(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method], name: `${method.toUpperCase()} ${path}` })),
    );

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://api.candor.test/' });
    doc = (await (await fetch(`${t.url}/openapi.json`)).json()) as Record<string, any>;
  });
  afterAll(async () => t.close());

  it('is OpenAPI 3.1 and swagger-parser validates it (every $ref resolves)', async () => {
    expect(doc.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeDefined();
  });

  it('has no error and no warning under redocly lint (recommended rules)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-lint-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(doc));
      const run = await promisify(execFile)(process.execPath, ['scripts/lint-openapi.mjs', file], { maxBuffer: 64 * 1024 * 1024 }).catch(
        (error: { stdout: string }) => ({ stdout: error.stdout }),
      );
      const problems = JSON.parse(run.stdout) as { severity: string; rule: string; message: string; at: string }[];
      // Warnings too: an ambiguous path (two templates one URL could match) misleads generators' routers.
      expect(problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves the same document as YAML at /openapi.yaml', async () => {
    const yaml = await fetch(`${t.url}/openapi.yaml`);
    expect(yaml.status).toBe(200);
    expect(load(await yaml.text())).toEqual(doc);
  });

  it('names the configured public URL in servers', () => {
    expect(doc.servers).toEqual([expect.objectContaining({ url: 'https://api.candor.test' })]);
  });

  it('gives every operation a summary, a surface tag and a security declaration', () => {
    const missing: string[] = [];
    for (const { name, op } of operations()) {
      if (!op.summary?.trim()) missing.push(`${name}: no summary`);
      if (!op.tags?.length) missing.push(`${name}: no tag`);
      if (!Array.isArray(op.security)) missing.push(`${name}: no security (say security: [] on a public route)`);
    }
    expect(missing).toEqual([]);
  });

  it('tags every operation by the surface its path belongs to', () => {
    const tagsOf: Record<string, RegExp> = { S0: /^S0(\/S3)? /, S3: /^(S0\/)?S3 /, V1: /^S[12](\/S2)? /, S4: /^S4 /, OPS: /^operations$/ };
    const wrong = operations()
      .filter(({ path, op }) => !op.tags.every((tag: string) => tagsOf[surfaceOf(path)].test(tag)))
      .map(({ name, op }) => `${name}: ${op.tags.join(', ')}`);
    expect(wrong).toEqual([]);
    // One spelling per tag: "S0 AI" and "S0 ai" would be two groups in every viewer.
    const tags: string[] = doc.tags.map((t: { name: string }) => t.name);
    expect(tags.filter((tag, i) => tags.findIndex((other) => other.toLowerCase() === tag.toLowerCase()) !== i)).toEqual([]);
  });

  it("documents every error status of each operation with its surface's error body", () => {
    const body = (path: string) => (path.startsWith('/api/v1') ? 'V1Error' : path.startsWith('/api/') ? 'ApiError' : /^\/(auth|candidates|interviewer|admin|billing)\b/.test(path) ? 'S4Error' : 'ApiError');
    const wrong: string[] = [];
    for (const { path, method, op, name } of operations()) {
      const statuses = errorStatusesOf(path, method, op);
      expect(statuses).toEqual(expect.arrayContaining([400, 429]));
      for (const status of statuses) {
        const schema = op.responses[String(status)]?.content?.['application/json']?.schema;
        if (!schema) wrong.push(`${name}: ${status} undocumented`);
        else if (schema.$ref && schema.$ref !== `#/components/schemas/${body(path)}`) wrong.push(`${name}: ${status} is ${schema.$ref}`);
      }
      if (op.security?.length && !(op.responses['401'] && op.responses['403'])) wrong.push(`${name}: secured without 401/403`);
    }
    expect(wrong).toEqual([]);
  });

  it('says which validation status each surface answers (422 on S0 and /api/v1, 400 on S3 and S4)', () => {
    expect(doc.paths['/api/sessions'].post.responses['422']).toBeDefined();
    expect(doc.paths['/api/v1/interviews'].post.responses['422']).toBeDefined();
    expect(doc.paths['/api/jobs'].post.responses['422']).toBeUndefined();
    expect(doc.paths['/auth/login'].post.responses['422']).toBeUndefined();
    expect(doc.paths['/auth/login'].post.security).toEqual([]);
  });

  it('types S3 job fields as the strings they are and uses 3.1 null types', () => {
    const job = doc.components.schemas.CreateJobDto.properties;
    expect(job.company.type).toEqual(['string', 'null']);
    expect(job.location.type).toEqual(['string', 'null']);
    expect(JSON.stringify(doc)).not.toContain('"nullable"');
  });

  it('types every object it documents (no bare `type: object` a generator turns into unknown)', () => {
    const bare: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}/${i}`));
      if (!node || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      const types = ([] as unknown[]).concat(schema.type ?? []);
      const shaped = ['properties', 'additionalProperties', 'patternProperties', 'allOf', 'oneOf', 'anyOf', '$ref'].some((k) => k in schema);
      if (types.includes('object') && !shaped && !at.includes('/example')) bare.push(at);
      for (const [key, value] of Object.entries(schema)) if (key !== 'example' && key !== 'examples') walk(value, `${at}/${key}`);
    };
    walk(doc.paths, '#/paths');
    walk(doc.components.schemas, '#/components/schemas');
    expect(bare).toEqual([]);
  });
});
