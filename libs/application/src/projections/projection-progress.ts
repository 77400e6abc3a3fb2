import { LogPosition } from '@candor/contracts';

/**
 * Read-your-writes: how far the projections have got. In embedded mode the in-process runner answers;
 * in production the API polls the checkpoints the projector process saves in the shared read store.
 */
export interface ProjectionProgress {
  waitFor(position: LogPosition, timeoutMs: number): Promise<boolean>;
}

export const PROJECTION_PROGRESS = Symbol('PROJECTION_PROGRESS');
