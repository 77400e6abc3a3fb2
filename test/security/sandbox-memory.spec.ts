import { readdirSync, readFileSync } from 'node:fs';
import { LocalSandbox } from '@candor/infrastructure/sandbox/local-sandbox.adapter';
import { sandboxConfigFromEnv } from '@candor/infrastructure/sandbox/sandbox-config';

const MEMORY_MB = 256;
/** The group's headroom over the limit (groupMemoryMb: a quarter of it) plus slack for the sampler's timing. */
const MARGIN_MB = 64 + 32;
const config = sandboxConfigFromEnv({ SANDBOX_MEMORY_MB: String(MEMORY_MB), SANDBOX_MAX_PROCESSES: '64', SANDBOX_TIMEOUT_MS: '10000' });

/**
 * Memory (MB) held by every host process running as a sandbox uid (each execution gets one ≥ 2,000,000),
 * as proportional set size: pages forked children share are counted once, not once per child.
 */
function sandboxRssMb(): number {
  let kb = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const uid = Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]);
      if (uid < 2_000_000 || uid >= 3_000_000) continue;
      kb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${entry}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return kb / 1024;
}

/** Each child stays under the per-process address-space cap; together they are far past the run's memory. */
const FORK_BOMB = `import os, time
pids = []
for i in range(20):
    pid = os.fork()
    if pid == 0:
        chunks = []
        for j in range(15):
            chunk = bytearray(10 * 1024 * 1024)
            for k in range(0, len(chunk), 4096):
                chunk[k] = 1
            chunks.append(chunk)
        time.sleep(5)
        os._exit(0)
    pids.append(pid)
for pid in pids:
    os.waitpid(pid, 0)
print("all children finished")
`;

/** Finding 4: the memory limit holds for a run as a whole, not per process. */
describe('security: sandbox memory is per run', () => {
  const sandbox = new LocalSandbox(config);

  it('a run forking 20 children of 150 MB is killed with memory_limit and never holds much more than its limit', async () => {
    const status = await sandbox.status();
    expect(status.detail).toMatch(/a cgroup v[12] per run: 256 MB of memory for the run as a whole/);

    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, sandboxRssMb())), 20);
    const execution = await sandbox.execute({ language: 'python', code: FORK_BOMB, inputs: [''] });
    clearInterval(sampler);

    const [run] = execution.runs;
    expect(run.status).toBe('memory_limit');
    expect(run.message).toMatch(/Memory limit exceeded \(256 MB for the run as a whole/);
    expect(run.stdout).not.toContain('all children finished');
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(MEMORY_MB + MARGIN_MB);
  }, 60_000);

  it('an ordinary run in its cgroup still succeeds, and its group is removed afterwards', async () => {
    const before = readdirSync('/sys/fs/cgroup/memory/candor-sandbox').filter((name) => name.startsWith('run-')).length;
    const [run] = (await sandbox.execute({ language: 'python', code: 'print(sum(range(10)))', inputs: [''] })).runs;
    expect(run.status).toBe('ok');
    expect(run.stdout).toBe('45\n');
    const after = readdirSync('/sys/fs/cgroup/memory/candor-sandbox').filter((name) => name.startsWith('run-')).length;
    expect(after).toBeLessThanOrEqual(before);
  });

  it('without a cgroup, fewer processes per run, and the resulting total is stated', async () => {
    const status = await new LocalSandbox(config, { cgroupRoot: null }).status();
    expect(status.detail).toMatch(/no cgroup \(disabled\): memory is capped per process, 16 processes x 256 MB = up to 4096 MB per run/);
  });
});
