import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SYSTEM_PACKAGES_FILE, missingPackagesMessage, missingSystemPackages, readSystemPackages } from '@candor/testing/system-packages';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const SETUP = join(ROOT, 'scripts', 'setup.sh');

async function setup(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('/bin/bash', [SETUP, ...args], { cwd: ROOT, env, timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the system packages: one list, checked by the setup script and by the tests', () => {
  const dir = mkdtempSync(join(tmpdir(), 'candor-setup-'));
  const list = join(dir, 'packages.txt');
  writeFileSync(list, ['# a comment', 'bash /bin/bash a shell', 'candor-absent-tool /nonexistent/candor-absent-tool nothing', ''].join('\n'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every package the runtime uses, each with the file that shows it is installed', () => {
    const names = readSystemPackages().map((p) => p.name);
    for (const name of ['bubblewrap', 'util-linux', 'time', 'python3', 'gcc', 'g++', 'openjdk-17-jdk-headless', 'python3-pyflakes', 'python3-pycodestyle', 'espeak-ng', 'sox', 'pocketsphinx', 'pocketsphinx-en-us', 'poppler-utils', 'unzip', 'redis-server']) {
      expect(names).toContain(name);
    }
    for (const entry of readSystemPackages()) expect(entry.probe).toMatch(/^\//);
  });

  it('on this machine the setup script finds every package (run `npm run setup` if this fails)', async () => {
    const result = await setup(['--check'], process.env);
    expect(result.stdout).toBe(`all ${readSystemPackages().length} system packages present\n`);
    expect(result.code).toBe(0);
  });

  it('--check names what is missing and the command that installs it, and fails', async () => {
    const result = await setup(['--check'], { ...process.env, SYSTEM_PACKAGES_FILE: list });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('missing system packages: candor-absent-tool\n');
    expect(result.stdout).toContain('npm run setup');
    expect(result.stdout).toContain('apt-get install -y --no-install-recommends candor-absent-tool');
  });

  it('without apt-get, prints exactly what to install and stops before npm ci', async () => {
    const bin = join(dir, 'bin');
    require('node:fs').mkdirSync(bin);
    for (const tool of ['bash', 'dirname', 'id']) symlinkSync(`/usr/bin/${tool}`, join(bin, tool));
    const result = await setup([], { PATH: bin, SYSTEM_PACKAGES_FILE: list });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'apt-get is not available on this machine. Install these packages (Debian names) with your package manager:\n' +
        '  candor-absent-tool\n' +
        'then run npm run setup again.\n',
    );
  });

  it('a test needing a missing package learns it at once, with the package and the setup command', () => {
    const started = Date.now();
    const missing = missingSystemPackages(['bash', 'candor-absent-tool'], list);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(missing).toEqual(['candor-absent-tool']);
    expect(missingPackagesMessage(missing)).toBe(
      'missing system package(s): candor-absent-tool. Install them with `npm run setup` ' +
        '(or: sudo apt-get install -y --no-install-recommends candor-absent-tool)',
    );
  });

  it('a test naming a package the list does not have is a mistake, reported as such', () => {
    expect(() => missingSystemPackages(['espeak'], SYSTEM_PACKAGES_FILE)).toThrow('espeak is not listed in');
  });
});
