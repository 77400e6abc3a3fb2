import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One measured figure next to its baseline, measured in the same run on the same machine. */
export interface BenchRow {
  readonly bench: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly baselineName: string;
  readonly baseline: number;
  /** value / baseline (for latencies, >1 means slower than the baseline; for rates, <1 means fewer). */
  readonly ratio: number;
  readonly note?: string;
  /** The `npm run bench` section that measured it, and when (a partial run keeps the other sections' rows). */
  readonly section?: string;
  readonly measuredAt?: string;
}

export function row(bench: string, metric: string, value: number, unit: string, baselineName: string, baseline: number, note?: string): BenchRow {
  return { bench, metric, value: round(value), unit, baselineName, baseline: round(baseline), ratio: baseline ? round(value / baseline) : NaN, note };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export function summarize(samples: number[]): { p50: number; p99: number; count: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), count: sorted.length };
}

export function round(n: number): number {
  return Number.isFinite(n) ? Math.round(n * 1000) / 1000 : n;
}

export function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

export function writeResults(dir: string, rows: readonly BenchRow[], meta: Record<string, unknown>): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify({ ...meta, rows }, null, 2)}\n`);
  const lines = [
    '# Benchmark results',
    '',
    `Last run ${String(meta.date)} on ${String(meta.machine)} (${String(meta.node)}). Each figure stands next to a`,
    'baseline measured in the same run of its section on the same machine; ratio = figure / baseline.',
    '',
    '| bench | metric | value | unit | baseline | baseline value | ratio | note | measured |',
    '|---|---|---:|---|---|---:|---:|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.bench} | ${r.metric} | ${r.value} | ${r.unit} | ${r.baselineName} | ${r.baseline} | ${r.ratio} | ${r.note ?? ''} | ${r.measuredAt ?? ''} |`,
    ),
    '',
  ];
  writeFileSync(join(dir, 'RESULTS.md'), lines.join('\n'));
}
