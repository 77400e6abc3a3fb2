import { DomainError } from '@candor/domain';

/**
 * Lets at most `workers` local engine runs (CPU-bound) go at once; the rest wait in order, and past `maxWaiting`
 * callers are told to come back later instead of piling up processes on a small machine.
 */
export class ProcessGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly workers: number,
    private readonly maxWaiting = 100,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.workers) {
      if (this.waiting.length >= this.maxWaiting) {
        throw new DomainError('SPEECH.BUSY', 'the speech engine is busy; try again shortly', 'unavailable');
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
