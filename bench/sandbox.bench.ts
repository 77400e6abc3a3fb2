import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SandboxLanguage } from '@candor/application/ports/sandbox.port';
import { registerCodeExecutionWorker } from '@candor/application/code-execution/code-execution.job';
import { ExecuteCodeService } from '@candor/application/code-execution/execute-code.service';
import { InProcessJobQueue } from '@candor/infrastructure/queue/in-process/in-process-job-queue.adapter';
import { jobQueueOptionsFrom } from '@candor/infrastructure/queue/job-queue.factory';
import { LocalSandbox } from '@candor/infrastructure/sandbox/local-sandbox.adapter';
import { codeExecutionPolicyOf, sandboxConfigFromEnv } from '@candor/infrastructure/sandbox/sandbox-config';
import { BenchRow, log, row, summarize } from './bench-table';

const PROGRAMS: Record<'python' | 'javascript', { file: string; code: string; bare: (path: string) => [string, string[]] }> = {
  python: { file: 'main.py', code: 'print("Hello, World!")\n', bare: (path) => ['/usr/bin/python3', ['-I', '-B', path]] },
  javascript: { file: 'main.js', code: 'console.log("Hello, World!");\n', bare: (path) => [process.execPath, [path]] },
};

/**
 * Hello world in Python and JavaScript through the sandbox (fresh directory and uid, bwrap namespaces, limits,
 * GNU time, cleanup) next to the same program spawned bare in the same run, one at a time for latency; then
 * executions per second through the queue at full concurrency (SANDBOX_WORKERS) next to bare spawns at the same
 * concurrency. Each phase stops after `secondsPerPhase`; needs bubblewrap and /usr/bin/python3.
 */
export async function runSandboxBench(secondsPerPhase = Number(process.env.SANDBOX_BENCH_SECONDS ?? 3)): Promise<BenchRow[]> {
  const config = sandboxConfigFromEnv(process.env);
  const sandbox = new LocalSandbox(config);
  const status = await sandbox.status();
  log(`sandbox: ${status.detail}`);
  if (!status.available || !status.isolated) throw new Error('the sandbox bench needs bubblewrap (isolated execution)');
  const dir = mkdtempSync(join(tmpdir(), 'candor-bench-sandbox-'));
  const rows: BenchRow[] = [];
  try {
    for (const language of ['python', 'javascript'] as const) {
      const program = PROGRAMS[language];
      const path = join(dir, program.file);
      writeFileSync(path, program.code);
      const [file, args] = program.bare(path);
      await sandboxed(sandbox, language); // warm-up: the first execution probes the host
      const boxed = summarize(await timed(secondsPerPhase, () => sandboxed(sandbox, language)));
      log(`sandbox: ${language} hello world in the sandbox: p50 ${boxed.p50.toFixed(1)} ms, p99 ${boxed.p99.toFixed(1)} ms (${boxed.count} runs)`);
      const bare = summarize(await timed(secondsPerPhase, () => spawnBare(file, args)));
      log(`sandbox: ${language} hello world bare: p50 ${bare.p50.toFixed(1)} ms, p99 ${bare.p99.toFixed(1)} ms (${bare.count} runs)`);
      const note = `${boxed.count} sandboxed / ${bare.count} bare runs`;
      rows.push(row('sandbox', `${language} hello world p50`, boxed.p50, 'ms', `bare ${language}`, bare.p50, note));
      rows.push(row('sandbox', `${language} hello world p99`, boxed.p99, 'ms', `bare ${language}`, bare.p99, note));
    }

    const queue = new InProcessJobQueue(jobQueueOptionsFrom(config));
    registerCodeExecutionWorker(queue, sandbox, config.workers);
    const service = new ExecuteCodeService(queue, codeExecutionPolicyOf(config), sandbox);
    try {
      const inFlight = config.workers * 2; // keep every worker busy with one more waiting
      const queued = await throughput(secondsPerPhase, inFlight, async (i) => {
        const result = await service.execute({ language: 'python', code: PROGRAMS.python.code, userId: `user-${i % 4}` });
        if (result.status !== 'ok') throw new Error(`sandboxed run failed: ${result.status} ${result.stderr}`);
      });
      log(`sandbox: ${queued.toFixed(1)} python executions/s through the queue (${config.workers} workers)`);
      const [file, args] = PROGRAMS.python.bare(join(dir, PROGRAMS.python.file));
      const bare = await throughput(secondsPerPhase, config.workers, () => spawnBare(file, args));
      log(`sandbox: ${bare.toFixed(1)} bare python runs/s at concurrency ${config.workers}`);
      rows.push(
        row('sandbox', `python executions/s (${config.workers} workers)`, queued, 'ops/s', `bare python3 at concurrency ${config.workers}`, bare, 'through ExecuteCodeService and the in-process queue'),
      );
    } finally {
      await queue.close();
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function sandboxed(sandbox: LocalSandbox, language: SandboxLanguage): Promise<void> {
  const execution = await sandbox.execute({ language, code: PROGRAMS[language as 'python'].code, inputs: [''] });
  if (execution.runs[0]?.status !== 'ok') throw new Error(`sandboxed ${language} failed: ${JSON.stringify(execution.runs[0])}`);
}

function spawnBare(file: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: '/usr/bin:/bin' } });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 && out === 'Hello, World!\n' ? resolve() : reject(new Error(`bare run exited ${code}`))));
  });
}

/** Latencies (ms) of sequential calls until the time budget is spent. */
async function timed(seconds: number, call: () => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    const started = process.hrtime.bigint();
    await call();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return samples;
}

/** Completed calls per second with `concurrency` of them always in flight, until the time budget is spent. */
async function throughput(seconds: number, concurrency: number, call: (i: number) => Promise<void>): Promise<number> {
  const started = Date.now();
  const until = started + seconds * 1000;
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        await call(next++);
        done += 1;
      }
    }),
  );
  return done / ((Date.now() - started) / 1000);
}
