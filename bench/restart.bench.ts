import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BenchRow, log, row } from './bench-table';
import { interviewHistory, writeHistories } from './interview-history.generator';

const root = resolve(__dirname, '..');
/** The built server (`npm run build`) when there is one; else the sources, whose transpiling then adds to each start. */
const BUILT = join(root, 'dist/apps/api/src/main.js');
/** The V8 flag `npm start` runs the server with (package.json). */
const SEMI_SPACE_FLAG = /node (--max-semi-space-size=\d+) /.exec(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start)?.[1] ?? '';

/**
 * Restart with N events stored (embedded mode, SQLite read models), the server in its own process: the first
 * start projects the whole log into the read models; after a SIGTERM the restart resumes from the checkpoints.
 * Each restart (time to a healthy /health, RSS then) stands next to the first start of the same run.
 * Run `npm run build` first: otherwise both starts include transpiling the sources.
 */
export async function runRestartBench(): Promise<BenchRow[]> {
  const sizes = (process.env.BENCH_RESTART_EVENTS ?? '10000,100000,1000000').split(',').map(Number);
  const rows: BenchRow[] = [];
  for (const target of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'candor-bench-restart-'));
    try {
      function* histories() {
        let produced = 0;
        for (let i = 0; produced < target; i += 1) {
          const history = interviewHistory(i, `owner-${i % 50}`, 'full');
          produced += history.events.length;
          yield history;
        }
      }
      const written = await writeHistories(join(dir, 'events.sqlite'), histories());
      const first = await startServer(dir);
      await stopServer(first.child);
      const again = await startServer(dir);
      await stopServer(again.child);
      log(`restart: ${written} events: first start ${first.ms} ms (${first.rssMiB} MiB), restart ${again.ms} ms (${again.rssMiB} MiB)`);
      const note = `${written} events; first start projects them all; ${existsSync(BUILT) ? 'built server' : 'server run from sources (transpiled at start)'}`;
      rows.push(
        row('restart (embedded, SQLite read models)', `time to healthy at ${written} events`, again.ms, 'ms', 'first start (projects the log)', first.ms, note),
        row('restart (embedded, SQLite read models)', `RSS at ${written} events`, again.rssMiB, 'MiB', 'RSS after the first start', first.rssMiB),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

async function startServer(dir: string): Promise<{ child: ChildProcess; ms: number; rssMiB: number }> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const started = Date.now();
  // as `npm start` runs it (the same V8 flag)
  const args = [...(SEMI_SPACE_FLAG ? [SEMI_SPACE_FLAG] : []), ...(existsSync(BUILT) ? [BUILT] : ['-r', './test/support/ts-register.js', 'apps/api/src/main.ts'])];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, DATA_DIR: dir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error', RATE_LIMIT_SCALE: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = started + 30 * 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status === 200, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error('the server did not become healthy');
    await new Promise((r) => setTimeout(r, 20));
  }
  const ms = Date.now() - started;
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return { child, ms, rssMiB: rssKiB / 1024 };
}

async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}
