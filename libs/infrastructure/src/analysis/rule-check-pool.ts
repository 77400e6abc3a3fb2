import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DomainError } from '@candor/domain';
import { RuleCheckHit, RuleCheckJob } from './rule-checks';

interface Pending {
  readonly job: RuleCheckJob;
  readonly resolve: (hits: RuleCheckHit[]) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** The budget counts from the job's start: a thread still loading takes no job. */
  ready: boolean;
  busy: { id: number; pending: Pending; timer: NodeJS.Timeout } | null;
}

/**
 * The rule checks of code analysis, off the event loop: a few worker threads, each given at most
 * `budgetMs` per job. A job past its budget has its thread terminated (and replaced) and is refused,
 * so no input, however hostile, holds a core for longer than the budget or delays other requests.
 */
export class RuleCheckPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly budgetMs: number,
  ) {}

  check(job: RuleCheckJob): Promise<RuleCheckHit[]> {
    if (this.closed) return Promise.reject(new DomainError('ANALYSIS.UNAVAILABLE', 'The analyzer is shutting down', 'unavailable'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new DomainError('ANALYSIS.UNAVAILABLE', 'The analyzer is shutting down', 'unavailable'));
    await Promise.all(this.slots.splice(0).map((slot) => {
      if (slot.busy) clearTimeout(slot.busy.timer);
      return slot.worker.terminate();
    }));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.ready && s.busy === null);
      if (!slot) {
        if (this.slots.length < this.size) this.slots.push({ worker: this.spawn(), ready: false, busy: null });
        return;
      }
      const pending = this.queue.shift() as Pending;
      const id = this.nextId++;
      const timer = setTimeout(() => this.overBudget(slot), this.budgetMs);
      slot.busy = { id, pending, timer };
      slot.worker.postMessage({ id, job: pending.job });
    }
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: { entry: WORKER_ENTRY } });
    worker.unref();
    worker.on('message', (message: { ready?: boolean; id: number; hits?: RuleCheckHit[]; error?: string }) => {
      const slot = this.slots.find((s) => s.worker === worker);
      if (slot && message.ready) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      if (!slot?.busy || slot.busy.id !== message.id) return;
      const { pending, timer } = slot.busy;
      clearTimeout(timer);
      slot.busy = null;
      if (message.error !== undefined) pending.reject(new Error(`rule checks failed: ${message.error}`));
      else pending.resolve(message.hits ?? []);
      this.dispatch();
    });
    worker.on('error', (error) => this.replace(worker, error));
    return worker;
  }

  private overBudget(slot: Slot): void {
    const busy = slot.busy;
    if (!busy) return;
    slot.busy = null;
    busy.pending.reject(
      new DomainError('ANALYSIS.TOO_COMPLEX', `The code could not be analysed within the ${this.budgetMs} ms budget of one analysis`, 'invalid'),
    );
    void slot.worker.terminate();
    this.slots.splice(this.slots.indexOf(slot), 1);
    this.dispatch();
  }

  private replace(worker: Worker, error: Error): void {
    const slot = this.slots.find((s) => s.worker === worker);
    if (!slot) return;
    this.slots.splice(this.slots.indexOf(slot), 1);
    if (slot.busy) {
      clearTimeout(slot.busy.timer);
      slot.busy.pending.reject(new Error(`rule check worker failed: ${error.message}`));
    }
    // A thread that cannot even load would fail again: the waiting jobs are refused rather than kept forever.
    if (!slot.ready) for (const pending of this.queue.splice(0)) pending.reject(new Error(`rule check worker could not start: ${error.message}`));
    this.dispatch();
  }
}

/** Beside this file: `.js` once built, `.ts` when run from the sources (tests, ts-register). */
const WORKER_ENTRY = join(__dirname, `rule-check.worker${extname(__filename)}`);

/**
 * Loads the worker; from TypeScript sources it transpiles on load (the rule files import only types from
 * outside their folder, and type-only imports vanish when transpiled).
 */
const WORKER_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
if (workerData.entry.endsWith('.ts')) {
  const fs = require('node:fs');
  const ts = require('typescript');
  require.extensions['.ts'] = (module, filename) => {
    const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
      fileName: filename,
    });
    module._compile(out.outputText, filename);
  };
}
require(workerData.entry);
`;
