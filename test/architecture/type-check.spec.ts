/**
 * Type errors fail `npm test`: the whole program (apps, libs, tests, bench) is type-checked once here with the
 * project's tsconfig, instead of once per test file (jest itself only transpiles).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const TSC = require.resolve('typescript/bin/tsc');

function tsc(args: string[]): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [TSC, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 8 * 60_000 });
  return { status: run.status, output: `${run.stdout ?? ''}${run.stderr ?? ''}` };
}

describe('type check', () => {
  it('finds a type error where there is one (the check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-typecheck-'));
    try {
      const file = join(dir, 'wrong.ts');
      writeFileSync(file, "const count: number = 'three';\nexport { count };\n");
      const run = tsc(['--noEmit', '--strict', file]);
      expect(run.status).not.toBe(0);
      expect(run.output).toMatch(/TS2322/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the whole program, sources and tests, has no type error', () => {
    const run = tsc(['-p', 'tsconfig.json', '--noEmit']);
    if (run.status !== 0) throw new Error(`tsc -p tsconfig.json found type errors:\n${run.output}`);
    expect(run.status).toBe(0);
  }, 10 * 60_000);
});
