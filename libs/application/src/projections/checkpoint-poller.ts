import { comparePositions, LogPosition } from '@candor/contracts';
import { ReadStore } from '../ports/read-store.port';
import { CHECKPOINTS_COLLECTION, CheckpointDocument } from './projection';
import { ProjectionProgress } from './projection-progress';

const POLL_MS = 15;

/** ProjectionProgress for an API whose projector runs in another process: polls the saved checkpoints. */
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
    const saved = await this.store
      .collection<CheckpointDocument>(CHECKPOINTS_COLLECTION)
      .find({ _id: { $in: [...this.projectionNames] } });
    return (
      saved.length === this.projectionNames.length &&
      saved.every((c) => comparePositions(c.position, position) >= 0)
    );
  }
}
