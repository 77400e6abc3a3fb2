import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '@candor/domain';
import { SandboxRun } from '@candor/application/ports/sandbox.port';
import { hostProcessesMatching, hostProcessesOf } from '../testing/host-processes';
import { LocalSandbox } from './local-sandbox.adapter';
import { sandboxConfigFromEnv } from './sandbox-config';
import { requireSystemPackages } from '@candor/testing/system-packages';

/**
 * Hostile programs against the real sandbox: each must be contained, reported with the right status, and
 * leave nothing running. A run prints its uid first where the test then checks the host for leftovers.
 */
const CAP = 65_536;
const config = sandboxConfigFromEnv({
  SANDBOX_TIMEOUT_MS: '1500',
  SANDBOX_MEMORY_MB: '128',
  SANDBOX_MAX_PROCESSES: '24',
  SANDBOX_MAX_OUTPUT_BYTES: String(CAP),
});
const sandbox = new LocalSandbox(config);

async function python(code: string, inputs: string[] = ['']): Promise<readonly SandboxRun[]> {
  return (await sandbox.execute({ language: 'python', code, inputs })).runs;
}

function uidOf(run: SandboxRun): number {
  const uid = Number(/^uid (\d+)$/m.exec(run.stdout)?.[1]);
  expect(uid).toBeGreaterThan(0);
  return uid;
}

describe('LocalSandbox against hostile code', () => {
  requireSystemPackages('bubblewrap', 'util-linux', 'time', 'python3', 'gcc');

  it('stops an infinite loop at the wall-time limit', async () => {
    const [run] = await python('while True:\n    pass\n');

    expect(run.status).toBe('timeout');
    expect(run.message).toMatch(/Time limit exceeded/);
    expect(run.wallTimeMs).toBeGreaterThanOrEqual(1_500);
    expect(run.wallTimeMs).toBeLessThan(3_500);
  });

  it('stops a CPU burner at the CPU-time limit before the wall-time limit', async () => {
    // The wall limit is far away, so only the CPU limit can end this even on a busy machine.
    const cpuBound = new LocalSandbox({ ...config, timeoutMs: 20_000, cpuTimeMs: 1_000 });

    const [run] = (await cpuBound.execute({ language: 'c', code: 'int main(void) { for (;;) { } }', inputs: [''] })).runs;

    expect(run.status).toBe('timeout');
    expect(run.message).toMatch(/CPU time/);
    // The kernel stops it at 1 s of CPU by its exact runtime; the figure reported comes from rusage, whose
    // user/system split is sampled per tick and was seen reading 830-930 ms for that second on these machines.
    expect(run.cpuTimeMs).toBeGreaterThanOrEqual(800);
    expect(run.wallTimeMs).toBeLessThan(15_000);
  });

  it('contains a fork bomb: forks fail at the process cap, and no process outlives the run', async () => {
    const [run] = await python(`import os, sys, time
print("uid", os.getuid(), flush=True)
children = 0
try:
    for _ in range(1000):
        if os.fork() == 0:
            time.sleep(60)
            os._exit(0)
        children += 1
except OSError as error:
    print("fork refused", error.errno)
print("children", children, flush=True)
while True:
    try:
        os.fork()
    except OSError:
        pass
`);

    expect(run.status).toBe('timeout');
    expect(run.stdout).toMatch(/fork refused 11/);
    expect(Number(/children (\d+)/.exec(run.stdout)?.[1])).toBeLessThanOrEqual(config.maxProcesses);
    expect(hostProcessesOf(uidOf(run))).toEqual([]);
  });

  it('reports a memory bomb as memory_limit (Python and C)', async () => {
    const [py] = await python('blocks = []\nwhile True:\n    blocks.append(bytearray(10 ** 7))\n');
    const c = await sandbox.execute({
      language: 'c',
      code: '#include <stdlib.h>\n#include <string.h>\nint main(void) { for (;;) { char *p = malloc(1 << 20); memset(p, 1, 1 << 20); } }',
      inputs: [''],
    });

    expect(py.status).toBe('memory_limit');
    expect(py.stderr).toContain('MemoryError');
    expect(c.runs[0].status).toBe('memory_limit');
    expect(c.runs[0].message).toMatch(/Memory limit exceeded \(128 MB\)/);
  });

  it('cuts huge output at the cap, marks it, and stops the program at once', async () => {
    const [run] = await python('while True:\n    print("x" * 1000)\n');

    expect(run.status).toBe('output_limit');
    expect(run.stdoutTruncated).toBe(true);
    expect(run.stdout.length).toBeLessThanOrEqual(CAP + 100);
    expect(run.stdout).toMatch(/\[output truncated at 65536 bytes\]$/);
    expect(run.wallTimeMs).toBeLessThan(1_500);
  });

  it('kills a sleeping child left behind when the program exits', async () => {
    const marker = `${Math.floor(Math.random() * 1e6)}.5`;
    const [run] = await python(`import os, subprocess
print("uid", os.getuid(), flush=True)
subprocess.Popen(["sleep", "${marker}"], start_new_session=True)
print("spawned")
`);

    expect(run).toMatchObject({ status: 'ok', exitCode: 0 });
    expect(run.stdout).toContain('spawned');
    expect(hostProcessesOf(uidOf(run))).toEqual([]);
    expect(hostProcessesMatching(`sleep\0${marker}`)).toEqual([]);
  });

  describe('with a TCP server listening on the host loopback', () => {
    let server: Server;
    let port: number;
    let connections = 0;
    beforeAll(async () => {
      server = createServer((socket) => {
        connections += 1;
        socket.destroy();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as { port: number }).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('cannot reach the network: not the host loopback, not the outside', async () => {
      const [run] = await python(`import socket
for host, port in [("127.0.0.1", ${port}), ("1.1.1.1", 53)]:
    s = socket.socket()
    s.settimeout(1)
    try:
        s.connect((host, port))
        print("CONNECTED", host)
    except OSError as error:
        print("blocked", host, type(error).__name__)
`);

      expect(run.stdout).toContain('blocked 127.0.0.1');
      expect(run.stdout).toContain('blocked 1.1.1.1');
      expect(run.stdout).not.toContain('CONNECTED');
      expect(connections).toBe(0);
    });
  });

  describe('reading what it must not see', () => {
    let dataDir: string;
    const canary = `canary-${Math.random().toString(36).slice(2)}`;
    beforeAll(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'candor-data-'));
      writeFileSync(join(dataDir, 'events.sqlite'), canary);
      process.env.CANDOR_TEST_SECRET = canary;
    });
    afterAll(() => {
      delete process.env.CANDOR_TEST_SECRET;
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('cannot read /etc/shadow, the project, DATA_DIR, or the server environment, and sees no host process', async () => {
      const paths = ['/etc/shadow', join(process.cwd(), 'package.json'), __filename, join(dataDir, 'events.sqlite'), '/root/.bashrc'];
      const [run] = await python(`import os
for path in ${JSON.stringify(paths)}:
    try:
        open(path).read()
        print("READ", path)
    except OSError as error:
        print("denied", path, type(error).__name__)
print("environ", open("/proc/1/environ").read().replace("\\0", " "), open("/proc/self/environ").read().replace("\\0", " "), dict(os.environ))
pids = [p for p in os.listdir("/proc") if p.isdigit()]
print("pids", len(pids))
print("cmdlines", [open("/proc/%s/cmdline" % p).read() for p in pids])
print("uid", os.getuid())
print([line for line in open("/proc/self/status") if line.startswith("CapEff")][0].strip())
`);

      expect(run.status).toBe('ok');
      for (const path of paths) expect(run.stdout).toContain(`denied ${path}`);
      expect(run.stdout).not.toContain('READ');
      expect(run.stdout).not.toContain(canary);
      expect(run.stdout).not.toMatch(/jest|node_modules/);
      expect(Number(/^pids (\d+)$/m.exec(run.stdout)?.[1])).toBeLessThanOrEqual(4);
      expect(uidOf(run)).not.toBe(0);
      expect(run.stdout).toMatch(/CapEff:\s+0+$/m);
    });
  });

  it('cannot write outside its private /tmp, and holds no descriptor to anything but its stdio and /dev/null', async () => {
    const [run] = await python(`import os
for path in ["/escape", "/usr/escape", "/box/escape", "/etc/escape", "/dev/shm/escape", "/proc/sys/kernel/hostname"]:
    try:
        with open(path, "w") as f:
            f.write("x")
        print("WROTE", path)
    except OSError as error:
        print("refused", path)
open("/tmp/mine", "w").write("ok")
print("tmp", open("/tmp/mine").read())
for fd in os.listdir("/proc/self/fd"):
    try:
        print("fd", fd, os.readlink("/proc/self/fd/" + fd))
    except OSError:
        pass  # the descriptor of this very listing
`);

    expect(run.stdout).not.toContain('WROTE');
    expect(run.stdout.match(/^refused /gm)).toHaveLength(6);
    expect(run.stdout).toContain('tmp ok');
    const descriptors = [...run.stdout.matchAll(/^fd (\d+) (.*)$/gm)].map(([, fd, target]) => [Number(fd), target] as const);
    expect(descriptors.filter(([fd]) => fd <= 2).map(([, target]) => target)).toEqual([
      expect.stringMatching(/^(pipe|socket):/),
      expect.stringMatching(/^(pipe|socket):/),
      expect.stringMatching(/^(pipe|socket):/),
    ]);
    // Descriptors the server itself inherited without close-on-exec arrive as /dev/null, never as the real thing.
    for (const [, target] of descriptors.filter(([fd]) => fd > 2)) expect(target).toBe('/dev/null');
  });

  it('a run never sees the files of another run, in another execution or the same one', async () => {
    const writer = `import os, sys
print(sorted(os.listdir("/tmp")))
open("/tmp/secret-" + sys.stdin.read().strip(), "w").write("mine")
`;
    const first = await python(writer, ['one', 'two']);
    const [second] = await python(writer, ['three']);

    expect(first.map((r) => r.stdout)).toEqual(['[]\n', '[]\n']);
    expect(second.stdout).toBe('[]\n');
  });

  it('cannot create nested user namespaces (a path to kernel attack surface)', async () => {
    const [run] = await python(`import subprocess
print("unshare exit", subprocess.run(["unshare", "--user", "--map-root-user", "true"], capture_output=True).returncode)
`);

    expect(run.stdout).toMatch(/^unshare exit [1-9]\d*$/m);
  });

  it('limits open files', async () => {
    const [run] = await python(`files = []
try:
    while True:
        files.append(open("/dev/null"))
except OSError as error:
    print("refused after", len(files), error.errno)
`);

    expect(run.stdout).toMatch(/refused after \d+ 24/);
    expect(Number(/refused after (\d+)/.exec(run.stdout)?.[1])).toBeLessThan(config.maxOpenFiles);
  });
});

describe('LocalSandbox without bubblewrap', () => {
  requireSystemPackages('util-linux', 'python3');

  it('refuses to execute code (unavailable, i.e. 503) and logs what to install', async () => {
    const lines: string[] = [];
    const missing = new LocalSandbox(config, { bwrapPath: null, logger: { entry: (level, msg, fields) => lines.push(`${level} ${msg} ${JSON.stringify(fields)}`) } });

    const attempt = missing.execute({ language: 'python', code: 'print(1)', inputs: [''] });

    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toMatchObject({ kind: 'unavailable', code: 'SANDBOX.UNAVAILABLE' });
    expect(await missing.status()).toMatchObject({ available: false, isolated: false });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error code execution disabled .*apt-get install bubblewrap.*SANDBOX_ALLOW_UNISOLATED=1/);
  });

  it('runs code unisolated only when SANDBOX_ALLOW_UNISOLATED=1, and says so', async () => {
    const lines: string[] = [];
    const unisolated = new LocalSandbox(
      { ...config, allowUnisolated: true },
      { bwrapPath: null, logger: { entry: (level, msg) => lines.push(`${level} ${msg}`) } },
    );

    const execution = await unisolated.execute({ language: 'python', code: 'print(input()[::-1])', inputs: ['olleh'] });

    expect(execution.isolated).toBe(false);
    expect(execution.runs[0]).toMatchObject({ status: 'ok', stdout: 'hello\n' });
    expect(lines).toEqual(['warn sandbox ready']);
  });
});
