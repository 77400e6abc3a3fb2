import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const API = join(ROOT, 'apps/api/src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [join(dir, e.name)] : [],
  );
}

/**
 * @nestjs/swagger names a schema after its class: two documented classes with one name (S2's and the reports'
 * `QuestionEvidenceDto` once) silently share one schema in /openapi.json, and one of the routes answers against the
 * other's fields. Every class the document describes (one with an @Api… decorator) has a name of its own.
 */
describe('OpenAPI schema names', () => {
  it('no two documented classes share a name', () => {
    const where = new Map<string, string[]>();
    for (const file of sources(API)) {
      const text = readFileSync(file, 'utf8');
      if (!/@Api(Property|PropertyOptional|HideProperty)\(/.test(text)) continue;
      for (const [, name] of text.matchAll(/^export (?:abstract )?class (\w+)/gm)) where.set(name, [...(where.get(name) ?? []), relative(ROOT, file)]);
    }
    const shared = [...where].filter(([, files]) => files.length > 1).map(([name, files]) => `${name}: ${files.join(', ')}`);
    expect(where.size).toBeGreaterThan(50);
    expect(shared).toEqual([]);
  });
});
