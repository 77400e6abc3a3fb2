import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
/** Variables of the platform itself, not of Candor's configuration. */
const NOT_OURS = new Set(['PATH', 'NODE_ENV', 'HOME']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' || name === 'node_modules' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every environment variable the server or the bench reads is in the README with its default. */
describe('README configuration table', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const read = new Map<string, string>();
  for (const file of ['apps', 'libs', 'bench'].flatMap((d) => sourceFiles(join(ROOT, d)))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\benv(?:\.([A-Z][A-Z0-9_]+)|\[['"]([A-Z][A-Z0-9_]+)['"]\])/g)) {
      const name = match[1] ?? match[2];
      if (!NOT_OURS.has(name) && !read.has(name)) read.set(name, relative(ROOT, file));
    }
  }

  it('finds the variables the code reads', () => {
    expect(read.size).toBeGreaterThan(20);
    expect([...read.keys()]).toEqual(expect.arrayContaining(['PORT', 'DATA_DIR', 'EVENTSTORE_URL', 'MONGO_URL', 'REDIS_URL']));
  });

  it('documents each of them', () => {
    const missing = [...read].filter(([name]) => !readme.includes(`\`${name}\``)).map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
  });
});
