import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { BenchRow, log, writeResults } from './bench-table';
import { runEventAppendBench } from './event-append.bench';
import { runHttpCommandBench } from './http-commands.bench';
import { runProjectionLagBench } from './projection-lag.bench';
import { runReplayBench } from './replay.bench';
import { runQueryBench } from './queries.bench';
import { runWsFanoutBench } from './ws-fanout.bench';
import { runSandboxBench } from './sandbox.bench';
import { runSoak } from './soak';
import { runStreamCommandBench } from './stream-commands.bench';
import { runRestartBench } from './restart.bench';
import { runJudgeBench } from './judge.bench';

/**
 * `npm run bench`: every figure next to a baseline measured in the same run. Never part of `npm test`.
 * `npm run bench -- --soak`: the longer fault soak instead. `npm run bench -- <name>...`: only those sections.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  if (args.includes('--soak')) {
    const ok = await runSoak(Number(process.env.SOAK_ROUNDS ?? 10));
    process.exit(ok ? 0 : 1);
  }
  const sections: [string, () => Promise<BenchRow[]>][] = [
    ['append', () => runEventAppendBench(seconds)],
    ['stream', () => runStreamCommandBench()],
    ['http', () => runHttpCommandBench(seconds)],
    ['lag', () => runProjectionLagBench(seconds)],
    ['queries', () => runQueryBench(seconds)],
    ['ws', () => runWsFanoutBench()],
    ['sandbox', () => runSandboxBench()],
    ['replay', () => runReplayBench()],
    ['restart', () => runRestartBench()],
    ['judge', () => runJudgeBench()],
  ];
  const chosen = args.length ? sections.filter(([name]) => args.includes(name)) : sections;
  const date = new Date().toISOString();
  const dir = join(process.cwd(), 'bench'); // npm runs scripts from the package root
  // A partial run replaces only its own sections' rows in the last results.
  const previous: BenchRow[] = args.length && existsSync(join(dir, 'results.json'))
    ? (JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')).rows as BenchRow[]).filter(
        (r) => r.section && !chosen.some(([name]) => name === r.section),
      )
    : [];
  const rows: BenchRow[] = [];
  for (const [name, run] of chosen) {
    log(`== ${name}`);
    const started = Date.now();
    try {
      const result = await run();
      result.forEach((r) => log(`   ${r.metric}: ${r.value} ${r.unit} (baseline ${r.baselineName}: ${r.baseline}, ratio ${r.ratio})`));
      rows.push(...result.map((r) => ({ ...r, section: name, measuredAt: date })));
    } catch (error) {
      log(`   ${name} failed: ${(error as Error).stack ?? error}`);
    }
    log(`   (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  const order = sections.map(([name]) => name);
  const merged = [...previous, ...rows].sort((a, b) => order.indexOf(a.section ?? '') - order.indexOf(b.section ?? ''));
  writeResults(dir, merged, {
    date,
    machine: `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    secondsPerBench: seconds,
  });
  log(`wrote ${join(dir, 'RESULTS.md')} and results.json`);
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(1);
  },
);
