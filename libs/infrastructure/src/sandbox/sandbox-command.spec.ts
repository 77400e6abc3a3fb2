import { IsolationTools, StepCommandInput, buildStepCommand } from './sandbox-command';

const tools: IsolationTools = {
  prlimit: '/usr/bin/prlimit',
  setpriv: '/usr/bin/setpriv',
  bwrap: '/usr/bin/bwrap',
  bwrapDisablesUserns: true,
  gnuTime: '/usr/bin/time',
  shell: '/bin/sh',
};
const input: StepCommandInput = {
  tools,
  uid: 2_000_123,
  limits: { addressSpaceMb: 256, cpuMs: 2_500, processes: 66, openFiles: 64, fileMb: 64 },
  hostDir: '/tmp/candor-sbx-abc',
  boxWritable: false,
  tmpMb: 64,
  readOnlyPaths: ['/etc/ld.so.cache'],
  extraMounts: [],
  rootSymlinks: [{ name: 'bin', target: 'usr/bin' }],
  cwd: 'tmp',
  argv: ['/usr/bin/python3', '/box/main.py'],
};

function after(args: readonly string[], flag: string): string[] {
  return args.flatMap((arg, i) => (arg === flag ? [args[i + 1]] : []));
}

describe('buildStepCommand', () => {
  it('caps resources, drops to the execution uid, and unshares every namespace', () => {
    const { file, args, env } = buildStepCommand(input);

    expect(file).toBe('/usr/bin/prlimit');
    expect(args.slice(0, 8)).toEqual([
      `--as=${256 * 1024 * 1024}`,
      '--cpu=3:4',
      '--nproc=66',
      '--nofile=64',
      `--fsize=${64 * 1024 * 1024}`,
      `--stack=${8 * 1024 * 1024}`,
      '--core=0',
      '--',
    ]);
    expect(args.slice(8, 13)).toEqual(['/usr/bin/setpriv', '--reuid=2000123', '--regid=2000123', '--clear-groups', '--']);
    for (const flag of ['--unshare-user', '--disable-userns', '--unshare-pid', '--unshare-net', '--unshare-ipc', '--unshare-uts', '--die-with-parent', '--as-pid-1', '--new-session', '--clearenv']) {
      expect(args).toContain(flag);
    }
    expect(env).toEqual({ PATH: '/usr/bin:/bin' });
    expect(buildStepCommand({ ...input, tools: { ...tools, bwrapDisablesUserns: false } }).args).not.toContain('--disable-userns');
  });

  it('mounts the runtimes and the box read-only, /tmp as a size-capped tmpfs, and nothing else writable', () => {
    const { args } = buildStepCommand(input);

    expect(after(args, '--ro-bind')).toEqual(['/usr', '/tmp/candor-sbx-abc/box']);
    expect(after(args, '--bind')).toEqual([]);
    expect(after(args, '--tmpfs')).toEqual(['/tmp']);
    expect(after(args, '--size')).toEqual([String(64 * 1024 * 1024)]);
    expect(after(args, '--remount-ro')).toEqual(['/dev', '/']);
    expect(buildStepCommand({ ...input, boxWritable: true, cwd: 'box' }).args).toEqual(expect.arrayContaining(['--bind', '/tmp/candor-sbx-abc/box', '/box']));
  });

  it('ends with GNU time, then the fd swap, then the program', () => {
    const { args } = buildStepCommand(input);

    expect(args.slice(args.indexOf('/usr/bin/time'))).toEqual([
      '/usr/bin/time',
      '-f',
      'CANDOR-STATS %M %e %U %S',
      '/bin/sh',
      '-c',
      'exec 2>&3 3>&-; exec "$@"',
      'sh',
      '/usr/bin/python3',
      '/box/main.py',
    ]);
  });

  it('unisolated (development), keeps the limits and the uid but has no bwrap', () => {
    const { args, env, cwd } = buildStepCommand({ ...input, tools: { ...tools, bwrap: null } });

    expect(args).not.toContain('--unshare-net');
    expect(args).toContain('--reuid=2000123');
    expect(env).toMatchObject({ HOME: '/tmp/candor-sbx-abc/tmp', TMPDIR: '/tmp/candor-sbx-abc/tmp' });
    expect(cwd).toBe('/tmp/candor-sbx-abc/tmp');
  });
});
