/**
 * Builds the command line of one sandboxed step:
 *
 *   prlimit <limits> -- setpriv <uid> -- bwrap <namespaces, mounts> -- time <stats> sh -c <fd swap> -- <argv>
 *
 * prlimit caps the whole tree; setpriv drops root to a uid used by this execution only, so the kernel
 * enforces the process cap (it ignores it for root) and nothing the program does can touch another run;
 * bubblewrap gives it new user/pid/net/ipc/uts namespaces and a filesystem holding only the runtimes
 * (read-only), the execution's directory and an empty size-capped /tmp. GNU time runs as the namespace's
 * pid 1 (--as-pid-1): when it exits the kernel kills everything left in the namespace before bwrap reaps
 * it, so nothing the program started outlives the step (bwrap's own init would be reaped later, by the host's
 * init). GNU time reports peak memory and CPU time on fd 2, read by the spawner as a control channel; the
 * small sh swaps the program's real stderr (fd 3) back onto fd 2 and closes 3, so the program does not
 * hold that channel. (It could still reach it through /proc/1/fd/2 and misreport its own figures; that
 * only ever affects its own result.)
 */
export interface StepLimits {
  readonly addressSpaceMb: number;
  readonly cpuMs: number;
  readonly processes: number;
  readonly openFiles: number;
  readonly fileMb: number;
}

export interface IsolationTools {
  readonly prlimit: string;
  /** Set when the server runs as root: the program then runs as `uid`. */
  readonly setpriv: string | null;
  /** Null in unisolated development mode. */
  readonly bwrap: string | null;
  /** bwrap 0.8+ can forbid nested user namespaces inside the sandbox (--disable-userns). */
  readonly bwrapDisablesUserns?: boolean;
  readonly gnuTime: string | null;
  readonly shell: string;
}

export interface StepCommandInput {
  readonly tools: IsolationTools;
  readonly uid: number | null;
  readonly limits: StepLimits;
  /** The host directory of this execution: `box/` (source, artifacts) and, unisolated, `tmp/`. */
  readonly hostDir: string;
  /** Compile steps write their artifacts into box; runs see it read-only. */
  readonly boxWritable: boolean;
  readonly tmpMb: number;
  /** Host paths mounted read-only at the same place (runtimes outside /usr, their /etc parts). */
  readonly readOnlyPaths: readonly string[];
  /** Host path mounted read-only at `mountedAt` (the typescript package). */
  readonly extraMounts: readonly { readonly host: string; readonly mountedAt: string }[];
  /** Top-level entries of / that are symlinks into /usr on merged-/usr systems (bin -> usr/bin). */
  readonly rootSymlinks: readonly { readonly name: string; readonly target: string }[];
  readonly cwd: 'box' | 'tmp';
  readonly argv: readonly string[];
  /** The run's control group (`cgroup.procs` files): the step joins it before anything else runs. */
  readonly cgroupProcs?: readonly string[];
}

export interface SpawnCommand {
  readonly file: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
}

export const STATS_PREFIX = 'CANDOR-STATS';
const MB = 1024 * 1024;
const STACK_BYTES = 8 * MB;
/** sandbox view of the execution directory */
export const BOX = '/box';
export const TMP = '/tmp';

/** `sh -c JOIN_CGROUP sh <n> <n procs files> <command…>`: writes its pid to each file, then execs the command. */
const JOIN_CGROUP = 'n=$1; shift; while [ "$n" -gt 0 ]; do echo $$ > "$1" || exit 125; shift; n=$((n-1)); done; exec "$@"';

export function buildStepCommand(input: StepCommandInput): SpawnCommand {
  const { tools, limits } = input;
  const cpuSeconds = Math.max(1, Math.ceil(limits.cpuMs / 1000));
  const chain: string[] = [
    `--as=${limits.addressSpaceMb * MB}`,
    `--cpu=${cpuSeconds}:${cpuSeconds + 1}`,
    `--nproc=${limits.processes}`,
    `--nofile=${limits.openFiles}`,
    `--fsize=${limits.fileMb * MB}`,
    `--stack=${STACK_BYTES}`,
    '--core=0',
    '--',
  ];
  if (tools.setpriv && input.uid !== null) {
    chain.push(tools.setpriv, `--reuid=${input.uid}`, `--regid=${input.uid}`, '--clear-groups', '--');
  }
  const isolated = tools.bwrap !== null;
  const box = isolated ? BOX : `${input.hostDir}/box`;
  const tmp = isolated ? TMP : `${input.hostDir}/tmp`;
  const env = { PATH: '/usr/bin:/bin', HOME: tmp, TMPDIR: tmp, LANG: 'C.UTF-8' };
  if (tools.bwrap) chain.push(tools.bwrap, ...bwrapArgs(input, env), '--');
  if (tools.gnuTime) chain.push(tools.gnuTime, '-f', `${STATS_PREFIX} %M %e %U %S`);
  chain.push(tools.shell, '-c', 'exec 2>&3 3>&-; exec "$@"', 'sh', ...input.argv);
  const procs = input.cgroupProcs ?? [];
  // A shell joins the run's control group, then execs the chain: every process of the run is born inside it.
  const file = procs.length > 0 ? tools.shell : tools.prlimit;
  const args = procs.length > 0 ? ['-c', JOIN_CGROUP, 'sh', String(procs.length), ...procs, tools.prlimit, ...chain] : chain;
  return {
    file,
    args,
    // Unisolated, this environment is all the program sees; isolated, bwrap replaces it (--clearenv).
    env: isolated ? { PATH: '/usr/bin:/bin' } : env,
    cwd: input.cwd === 'box' ? `${input.hostDir}/box` : isolated ? input.hostDir : `${input.hostDir}/tmp`,
  };
}

function bwrapArgs(input: StepCommandInput, env: Record<string, string>): string[] {
  const args = [
    '--unshare-user',
    ...(input.tools.bwrapDisablesUserns ? ['--disable-userns'] : []),
    '--unshare-pid',
    '--unshare-net',
    '--unshare-ipc',
    '--unshare-uts',
    '--unshare-cgroup-try',
    '--hostname',
    'sandbox',
    '--die-with-parent',
    '--as-pid-1',
    '--new-session',
    '--cap-drop',
    'ALL',
    '--ro-bind',
    '/usr',
    '/usr',
  ];
  for (const link of input.rootSymlinks) args.push('--symlink', link.target, `/${link.name}`);
  for (const path of input.readOnlyPaths) args.push('--ro-bind-try', path, path);
  for (const mount of input.extraMounts) args.push('--ro-bind', mount.host, mount.mountedAt);
  args.push(
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    '--remount-ro',
    '/dev',
    '--size',
    String(input.tmpMb * MB),
    '--tmpfs',
    TMP,
    input.boxWritable ? '--bind' : '--ro-bind',
    `${input.hostDir}/box`,
    BOX,
    '--remount-ro',
    '/',
    '--chdir',
    input.cwd === 'box' ? BOX : TMP,
    '--clearenv',
  );
  for (const [name, value] of Object.entries(env)) args.push('--setenv', name, value);
  return args;
}
