import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// scripts/build-stamp.js is plain Node (it runs before anything is built).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { staleReason, writeStamp } = require('../../scripts/build-stamp.js') as {
  staleReason(root: string): string | null;
  writeStamp(root: string): void;
};

describe('npm start builds only when the sources changed', () => {
  const root = mkdtempSync(join(tmpdir(), 'candor-stamp-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  beforeAll(() => {
    write('apps/api/src/main.ts', 'main');
    write('libs/domain/src/a.ts', 'a');
    write('libs/domain/src/a.spec.ts', 'test');
    write('tsconfig.json', '{}');
    write('package-lock.json', '{}');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('given no build output, a build is needed', () => {
    expect(staleReason(root)).toBe('dist/apps/api/src/main.js does not exist');
  });

  it('given a build of exactly these sources, nothing is rebuilt', () => {
    write('dist/apps/api/src/main.js', 'built');
    write('dist/apps/projector/src/main.js', 'built');
    expect(staleReason(root)).toBe('dist/ has no build stamp');
    writeStamp(root);
    expect(staleReason(root)).toBeNull();
  });

  it('a changed test file does not trigger a build; a changed source, config or lock file does', () => {
    write('libs/domain/src/a.spec.ts', 'another test');
    expect(staleReason(root)).toBeNull();
    for (const [path, text] of [['libs/domain/src/a.ts', 'b'], ['libs/domain/src/new.ts', 'new'], ['tsconfig.json', '{"x":1}'], ['package-lock.json', '{"y":1}']]) {
      write(path, text);
      expect(staleReason(root)).toBe('sources changed since the last build');
      writeStamp(root);
      expect(staleReason(root)).toBeNull();
    }
  });
});
