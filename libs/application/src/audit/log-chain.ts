import { GENESIS_HASH, logChainHash, LogPosition, RecordedEvent, START_POSITION } from '@candor/contracts';
import { AUDIT_CHECKPOINTS_STREAM_ID, AuditCheckpointSigned } from '@candor/domain';
import { EventStore } from '../ports/event-store.port';

/** The chain's value after a position: where a walk of the log can start without reading what came before. */
export interface ChainPoint {
  readonly position: LogPosition;
  readonly logHash: string;
  readonly count: number;
}

export interface ChainedEvent {
  readonly event: RecordedEvent;
  readonly previousLogHash: string;
  readonly logHash: string;
  readonly count: number;
}

export type StoredCheckpoint = AuditCheckpointSigned['data'] & { readonly revision: number };

export const CHAIN_START: ChainPoint = { position: START_POSITION, logHash: GENESIS_HASH, count: 0 };
const PAGE = 500;

/**
 * The global log chain (log_hash = H(previous log_hash, hash, stream)) computed by walking the log in pages,
 * from the nearest signed checkpoint, so no walk needs the whole log in memory or from its start twice.
 */
export class LogChain {
  constructor(private readonly events: EventStore) {}

  async latestCheckpoint(): Promise<StoredCheckpoint | null> {
    const [last] = await this.events.readStream(AUDIT_CHECKPOINTS_STREAM_ID, { direction: 'backwards', maxCount: 1, asStored: true });
    return last ? toCheckpoint(last) : null;
  }

  /** Newest first, at most `limit`, from `beforeRevision` down. */
  async checkpoints(limit: number, beforeRevision?: number): Promise<StoredCheckpoint[]> {
    const events = await this.events.readStream(AUDIT_CHECKPOINTS_STREAM_ID, {
      direction: 'backwards',
      maxCount: limit,
      fromRevision: beforeRevision,
      asStored: true,
    });
    return events.map(toCheckpoint);
  }

  /** The newest checkpoint strictly before `position` (the chain start when none): where to start a walk to it. */
  async startBefore(position: LogPosition): Promise<ChainPoint> {
    if (position === START_POSITION) return CHAIN_START;
    let from: number | undefined;
    for (;;) {
      const page = await this.checkpoints(PAGE, from);
      for (const c of page) {
        if (c.position.length === position.length && c.position < position) return { position: c.position, logHash: c.logHash, count: c.eventCount };
      }
      if (page.length < PAGE) return CHAIN_START;
      from = page[page.length - 1].revision - 1;
    }
  }

  /** Every event after `start` (up to and including `until`), each with its log links. */
  async *walk(start: ChainPoint, until?: LogPosition): AsyncGenerator<ChainedEvent> {
    let after = start.position;
    let logHash = start.logHash;
    let count = start.count;
    for (;;) {
      const page = await this.events.readAll({ after, maxCount: PAGE, asStored: true });
      for (const event of page) {
        if (until !== undefined && event.position > until) return;
        if (!event.hash) throw new Error(`Event ${event.id} of ${event.streamId} was stored without a hash; the log chain cannot pass it`);
        const previousLogHash = logHash;
        logHash = logChainHash(previousLogHash, event.streamId, event.hash);
        count += 1;
        yield { event, previousLogHash, logHash, count };
      }
      if (page.length < PAGE) return;
      after = page[page.length - 1].position;
    }
  }
}

function toCheckpoint(event: RecordedEvent): StoredCheckpoint {
  return { ...(event.data as unknown as AuditCheckpointSigned['data']), revision: event.revision };
}
