import { comparePositions, LogPosition } from '@candor/contracts';
import { ReadStore } from '../ports/read-store.port';
import { readEffectiveCheckpoints } from './effective-checkpoints';
import { ProjectionProgress } from './projection-progress';

const POLL_MS = 15;

/**
 * ProjectionProgress for an API whose projector runs in another process: polls the saved checkpoints (the
 * projections' own rows and the lockstep row, read as effective checkpoints).
 */
export class CheckpointPoller implements ProjectionProgress {
  constructor(
    private readonly store: ReadStore,
    private readonly projectionNames: readonly string[],
  ) {}

  async waitFor(position: LogPosition, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await this.reached(position)) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  private async reached(position: LogPosition): Promise<boolean> {
    const saved = await readEffectiveCheckpoints(this.store, this.projectionNames);
    return this.projectionNames.every((name) => {
      const reached = saved.get(name);
      return reached !== undefined && comparePositions(reached, position) >= 0;
    });
  }
}
