import { accessSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** scripts/system-packages.txt: the one list of Debian packages, shared with scripts/setup.sh and .ci/run. */
export const SYSTEM_PACKAGES_FILE = join(__dirname, '..', '..', '..', 'scripts', 'system-packages.txt');
export const SETUP_COMMAND = 'npm run setup';

export interface SystemPackage {
  readonly name: string;
  /** A file the package installs: present means installed. */
  readonly probe: string;
  readonly purpose: string;
}

export function readSystemPackages(file = SYSTEM_PACKAGES_FILE): SystemPackage[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [name, probe, ...purpose] = line.split(/\s+/);
      return { name, probe, purpose: purpose.join(' ') };
    });
}

/** The named packages that are not installed here; throws on a name the list does not have (a typo in a test). */
export function missingSystemPackages(names: readonly string[], file = SYSTEM_PACKAGES_FILE): string[] {
  const known = readSystemPackages(file);
  return names.filter((name) => {
    const entry = known.find((p) => p.name === name);
    if (!entry) throw new Error(`${name} is not listed in ${file}: add it there (setup installs what that list names)`);
    try {
      accessSync(entry.probe);
      return false;
    } catch {
      return true;
    }
  });
}

export function missingPackagesMessage(missing: readonly string[]): string {
  return (
    `missing system package(s): ${missing.join(' ')}. Install them with \`${SETUP_COMMAND}\` ` +
    `(or: sudo apt-get install -y --no-install-recommends ${missing.join(' ')})`
  );
}

/**
 * Declares the Debian packages a test file needs, at the top of the file (or of a describe block). When one is
 * missing the file fails at once, before any app starts, with a message naming the packages and the setup
 * command: not later on a 503 or after a timeout.
 */
export function requireSystemPackages(...names: string[]): void {
  const missing = missingSystemPackages(names);
  if (missing.length > 0) throw new Error(missingPackagesMessage(missing));
}

/**
 * For tests that need Redis: jest's global setup starts the installed redis-server and sets REDIS_URL when the
 * caller did not set it; when it could not (no redis-server), fail at once instead of waiting on 127.0.0.1:6379.
 */
export function requireRedis(): void {
  if (process.env.REDIS_URL) return;
  throw new Error(`REDIS_URL is not set and the test setup could not start Redis: ${missingPackagesMessage(['redis-server'])}`);
}
