import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { satisfies } from 'semver';

const ROOT = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
};

describe('package.json engines state the real Node minimum', () => {
  it('refuses Node 20 before 20.19 and 22 before 22.12: they cannot require() the ESM-only content-disposition of @fastify/static', () => {
    const cd = JSON.parse(readFileSync(join(ROOT, 'node_modules/content-disposition/package.json'), 'utf8')) as { type?: string };
    expect(cd.type).toBe('module');
    for (const old of ['18.20.0', '20.0.0', '20.18.3', '22.11.0']) expect(satisfies(old, manifest.engines.node)).toBe(false);
    for (const ok of ['20.19.0', '20.20.2', '22.12.0', '24.0.0']) expect(satisfies(ok, manifest.engines.node)).toBe(true);
  });

  it('keeps typescript a run-time dependency: the sandbox runs candidates\' TypeScript with it (npm prune --omit=dev keeps it)', () => {
    expect(Object.keys(manifest.dependencies)).toContain('typescript');
  });
});
