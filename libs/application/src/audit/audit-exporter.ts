import {
  AUDIT_EXPORT_FORMAT,
  comparePositions,
  ExportCheckpointLine,
  ExportEventLine,
  ExportHeaderLine,
  ExportLine,
  LogPosition,
  RecordedEvent,
} from '@candor/contracts';
import { AuditErrors } from '@candor/domain';
import { EventStore } from '../ports/event-store.port';
import { ChainedEvent, LogChain, StoredCheckpoint } from './log-chain';

const PAGE = 500;

/**
 * Writes audit exports (NDJSON, libs/contracts audit-export.format.ts) by walking the log in pages: the events
 * exactly as stored with their hash links, then the path of later log entries to a signed checkpoint.
 */
export class AuditExporter {
  constructor(
    private readonly events: EventStore,
    private readonly chain: LogChain,
  ) {}

  /** Checks that the stream has events the checkpoint covers; the export itself is `streamLines`. */
  async assertExportable(stream: string, checkpoint: StoredCheckpoint | null): Promise<StoredCheckpoint> {
    const [first] = await this.events.readStream(stream, { maxCount: 1, asStored: true });
    if (!first || !checkpoint || comparePositions(first.position, checkpoint.position) > 0) throw AuditErrors.streamNotFound(stream);
    return checkpoint;
  }

  async *streamLines(stream: string, checkpoint: StoredCheckpoint, exportedAt: string): AsyncGenerator<string> {
    const [first] = await this.events.readStream(stream, { maxCount: 1, asStored: true });
    const last = await this.lastCovered(stream, checkpoint.position);
    yield line({ kind: 'header', format: AUDIT_EXPORT_FORMAT, scope: 'stream', stream, from_revision: 1, exported_at: exportedAt });
    let events = 0;
    let links = 0;
    for await (const link of this.chain.walk(await this.chain.startBefore(first.position), checkpoint.position)) {
      const { event } = link;
      if (comparePositions(event.position, last.position) > 0) {
        links += 1;
        yield line({ kind: 'link', position: event.position, stream: event.streamId, hash: event.hash! });
      } else if (event.streamId === stream) {
        events += 1;
        yield line(eventLine(link));
      }
    }
    yield line(checkpointLine(checkpoint));
    yield line({ kind: 'end', events, links });
  }

  /** Events at positions in [from, to] (both inclusive, either open), then the path to the checkpoint. */
  async *logLines(from: LogPosition | null, to: LogPosition | null, checkpoint: StoredCheckpoint, exportedAt: string): AsyncGenerator<string> {
    const end = to !== null && comparePositions(to, checkpoint.position) < 0 ? to : checkpoint.position;
    let header: ExportHeaderLine | null = null;
    let events = 0;
    let links = 0;
    const start = from === null ? await this.chain.startBefore('') : await this.chain.startBefore(from);
    for await (const link of this.chain.walk(start, checkpoint.position)) {
      if (from !== null && comparePositions(link.event.position, from) < 0) continue;
      if (!header) {
        header = { kind: 'header', format: AUDIT_EXPORT_FORMAT, scope: 'log', from, to: end, previous_log_hash: link.previousLogHash, exported_at: exportedAt };
        yield line(header);
      }
      if (comparePositions(link.event.position, end) <= 0) {
        events += 1;
        yield line(eventLine(link));
      } else {
        links += 1;
        yield line({ kind: 'link', position: link.event.position, stream: link.event.streamId, hash: link.event.hash! });
      }
    }
    yield line(checkpointLine(checkpoint));
    yield line({ kind: 'end', events, links });
  }

  /** The stream's newest event at or before the checkpoint (events appended since are for the next one). */
  private async lastCovered(stream: string, position: LogPosition): Promise<RecordedEvent> {
    let fromRevision: number | undefined;
    for (;;) {
      const page = await this.events.readStream(stream, { direction: 'backwards', maxCount: PAGE, fromRevision, asStored: true });
      const found = page.find((e) => comparePositions(e.position, position) <= 0);
      if (found) return found;
      if (page.length < PAGE) throw AuditErrors.streamNotFound(stream);
      fromRevision = page[page.length - 1].revision - 1;
    }
  }
}

function line(value: ExportLine): string {
  return `${JSON.stringify(value)}\n`;
}

function eventLine({ event, previousLogHash, logHash }: ChainedEvent): ExportEventLine {
  return {
    kind: 'event',
    id: event.id,
    stream: event.streamId,
    revision: event.revision,
    position: event.position,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
    recorded_at: event.recordedAt,
    previous_hash: event.previousHash!,
    hash: event.hash!,
    previous_log_hash: previousLogHash,
    log_hash: logHash,
  };
}

export function checkpointLine(c: StoredCheckpoint): ExportCheckpointLine {
  return {
    kind: 'checkpoint',
    position: c.position,
    log_hash: c.logHash,
    event_count: c.eventCount,
    signed_at: c.signedAt,
    algorithm: c.algorithm,
    public_key: c.publicKey,
    signature: c.signature,
  };
}

export const AUDIT_EXPORTER = Symbol('AUDIT_EXPORTER');
