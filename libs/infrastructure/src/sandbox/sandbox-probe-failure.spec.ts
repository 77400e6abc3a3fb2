import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requireSystemPackages } from '@candor/testing/system-packages';
import { explainProbeFailure } from './sandbox-probe-failure';

describe('explainProbeFailure: what bubblewrap said, turned into a cause to act on', () => {
  it('a masked /proc (a container) names systempaths=unconfined, not user namespaces', () => {
    const why = explainProbeFailure("bwrap: Can't mount proc on /newroot/proc: Operation not permitted", 'exit 1');
    expect(why).toContain("(bwrap: Can't mount proc on /newroot/proc: Operation not permitted)");
    expect(why).toContain('systempaths=unconfined');
    expect(why).not.toContain('user namespaces');
  });

  it('user namespaces turned off names the sysctls to check', () => {
    const why = explainProbeFailure('bwrap: No permissions to creating new namespace, likely because the kernel does not allow non-privileged user namespaces', 'exit 1');
    expect(why).toContain('unprivileged user namespaces are not allowed');
    expect(why).toContain('kernel.apparmor_restrict_unprivileged_userns');
  });

  it('a denied mount names the container profiles', () => {
    expect(explainProbeFailure('bwrap: Failed to mount tmpfs: Permission denied', 'exit 1')).toContain('apparmor=unconfined');
  });

  it('anything else is reported as bubblewrap said it, or with the exit status', () => {
    expect(explainProbeFailure('', 'exit 3')).toBe('bubblewrap is installed but cannot build a sandbox here (exit 3)');
  });
});

/**
 * The container case for real: Docker covers /proc/keys, /proc/timer_list (and more) unless the container runs
 * with systempaths=unconfined. In a private mount namespace with the same covers, the sandbox must report itself
 * unavailable naming that setting; without the covers it is available. Needs root (to mount).
 */
const asRoot = process.getuid?.() === 0 ? describe : describe.skip;
asRoot('the sandbox under a /proc masked as Docker masks it', () => {
  requireSystemPackages('bubblewrap', 'util-linux', 'python3');
  const run = promisify(execFile);
  const root = join(__dirname, '..', '..', '../..');
  const child = ['-r', join(root, 'test/support/ts-register.js'), join(__dirname, '..', 'testing', 'sandbox-status.child.ts')];
  const status = async (masks: string[]) => {
    const script = [...masks.map((path) => `mount --bind /dev/null ${path}`), `exec "${process.execPath}" "$@"`].join(' && ');
    const { stdout } = await run('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', script, 'sh', ...child], { cwd: root, timeout: 60_000 });
    return JSON.parse(stdout) as { available: boolean; isolated: boolean; detail: string };
  };

  it('masked: unavailable, and the detail names systempaths=unconfined', async () => {
    const masked = await status(['/proc/keys', '/proc/timer_list']);
    expect(masked).toMatchObject({ available: false, isolated: false });
    expect(masked.detail).toContain("Can't mount proc");
    expect(masked.detail).toContain('systempaths=unconfined');
  }, 60_000);

  it('unmasked (systempaths=unconfined): isolated and available', async () => {
    expect(await status([])).toMatchObject({ available: true, isolated: true });
  }, 60_000);
});
