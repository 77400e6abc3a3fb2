/**
 * Verifies an audit export (audit-export.format.ts) line by line, holding only the chain's running values:
 * every event's hash against its content, every stream and log link, the path to the checkpoint and the
 * checkpoint's signature. The first broken link is reported with its line number.
 */
import { createPublicKey, KeyObject, verify } from 'node:crypto';
import { eventHash, GENESIS_HASH, logChainHash } from '../events/event-hash';
import { AUDIT_EXPORT_FORMAT, checkpointSigningPayload, ExportCheckpointLine, ExportEventLine, ExportHeaderLine, ExportLinkLine } from './audit-export.format';

export interface ExportVerification {
  readonly valid: boolean;
  readonly scope: 'stream' | 'log' | null;
  readonly stream: string | null;
  readonly events: number;
  readonly links: number;
  readonly checkpoint: { readonly position: string; readonly log_hash: string; readonly signed_at: string; readonly public_key: string } | null;
  /** True when the signature was checked against a key given by the verifier, not only the one in the file. */
  readonly key_pinned: boolean;
  readonly error: { readonly line: number; readonly reason: string } | null;
}

class Broken extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(reason);
  }
}

const HEX64 = /^[0-9a-f]{64}$/;

/** A public key as PEM, or base64 of its DER SubjectPublicKeyInfo. */
export function parsePublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  if (trimmed.startsWith('-----BEGIN')) return createPublicKey(trimmed);
  return createPublicKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'spki' });
}

export async function verifyAuditExport(lines: AsyncIterable<string> | Iterable<string>, pinnedPublicKey?: string): Promise<ExportVerification> {
  const pinned = pinnedPublicKey ? parsePublicKey(pinnedPublicKey) : null;
  let header: ExportHeaderLine | null = null;
  let checkpoint: ExportCheckpointLine | null = null;
  let ended = false;
  let events = 0;
  let links = 0;
  let lineNo = 0;
  let lastPosition: string | null = null;
  let runningLogHash: string | null = null;
  let nextRevision = 1;
  let streamHash = GENESIS_HASH;
  const streams = new Map<string, { revision: number; hash: string }>();
  const result = (error: { line: number; reason: string } | null): ExportVerification => ({
    valid: error === null,
    scope: header?.scope ?? null,
    stream: header?.stream ?? null,
    events,
    links,
    checkpoint: checkpoint && { position: checkpoint.position, log_hash: checkpoint.log_hash, signed_at: checkpoint.signed_at, public_key: checkpoint.public_key },
    key_pinned: pinned !== null,
    error,
  });
  const advancePosition = (position: unknown) => {
    if (typeof position !== 'string' || position === '') throw new Broken(lineNo, 'position missing');
    if (lastPosition !== null && (position.length !== lastPosition.length || position <= lastPosition)) {
      throw new Broken(lineNo, `position ${position} does not follow ${lastPosition}: events out of log order`);
    }
    lastPosition = position;
  };
  try {
    for await (const raw of lines) {
      lineNo += 1;
      const text = raw.trim();
      if (text === '') continue;
      if (ended) throw new Broken(lineNo, 'content after the end line');
      let line: { kind?: unknown } & Record<string, unknown>;
      try {
        line = JSON.parse(text);
      } catch {
        throw new Broken(lineNo, 'not a JSON line');
      }
      if (header === null) {
        if (line.kind !== 'header' || line.format !== AUDIT_EXPORT_FORMAT) throw new Broken(lineNo, `the first line must be a ${AUDIT_EXPORT_FORMAT} header`);
        header = line as unknown as ExportHeaderLine;
        if (header.scope === 'stream') {
          if (typeof header.stream !== 'string' || !header.stream) throw new Broken(lineNo, 'a stream export header names its stream');
          // A stream's export starts at its first event unless the header says otherwise (and then it is unanchored).
          nextRevision = header.from_revision ?? 1;
          if (!Number.isSafeInteger(nextRevision) || nextRevision < 1) throw new Broken(lineNo, 'from_revision must be a positive integer');
        } else if (header.scope === 'log') {
          runningLogHash = header.previous_log_hash ?? GENESIS_HASH;
          if (!HEX64.test(runningLogHash)) throw new Broken(lineNo, 'previous_log_hash is not a SHA-256 hex digest');
          if (!header.from && runningLogHash !== GENESIS_HASH) throw new Broken(lineNo, 'an export from the start of the log starts at the genesis hash');
        } else {
          throw new Broken(lineNo, 'scope must be stream or log');
        }
        continue;
      }
      if (checkpoint !== null && line.kind !== 'end') throw new Broken(lineNo, 'only the end line may follow the checkpoint');
      switch (line.kind) {
        case 'event': {
          const e = line as unknown as ExportEventLine;
          if (links > 0) throw new Broken(lineNo, `event ${e.id} after the path to the checkpoint: events were inserted or reordered`);
          advancePosition(e.position);
          const label = `event ${String(e.id)} (${String(e.stream)} revision ${String(e.revision)})`;
          if (typeof e.hash !== 'string' || typeof e.previous_hash !== 'string' || typeof e.log_hash !== 'string' || typeof e.previous_log_hash !== 'string') {
            throw new Broken(lineNo, `${label}: hash links missing`);
          }
          const expected = eventHash({ type: e.type, data: e.data, metadata: e.metadata, streamId: e.stream, revision: e.revision, previousHash: e.previous_hash });
          if (expected !== e.hash) throw new Broken(lineNo, `${label}: its hash does not match its content (altered)`);
          if (header.scope === 'stream') {
            if (e.stream !== header.stream) throw new Broken(lineNo, `${label}: not an event of ${header.stream}`);
            if (e.revision !== nextRevision) throw new Broken(lineNo, `${label}: expected revision ${nextRevision} (an event was dropped, inserted or reordered)`);
            if (nextRevision === 1 && e.previous_hash !== GENESIS_HASH) throw new Broken(lineNo, `${label}: the first event of a stream links to the genesis hash`);
            if (events > 0 && e.previous_hash !== streamHash) throw new Broken(lineNo, `${label}: previous_hash does not link to the event before it`);
            nextRevision += 1;
            streamHash = e.hash;
          } else {
            if (e.previous_log_hash !== runningLogHash) throw new Broken(lineNo, `${label}: does not follow the previous event of the log (dropped, inserted or reordered)`);
            const before = streams.get(e.stream);
            if (before && (e.revision !== before.revision + 1 || e.previous_hash !== before.hash)) {
              throw new Broken(lineNo, `${label}: does not follow revision ${before.revision} of its stream`);
            }
            if (!before && e.revision === 1 && e.previous_hash !== GENESIS_HASH) throw new Broken(lineNo, `${label}: the first event of a stream links to the genesis hash`);
            streams.set(e.stream, { revision: e.revision, hash: e.hash });
          }
          if (logChainHash(e.previous_log_hash, e.stream, e.hash) !== e.log_hash) throw new Broken(lineNo, `${label}: log_hash does not chain from previous_log_hash`);
          runningLogHash = e.log_hash;
          events += 1;
          break;
        }
        case 'link': {
          const l = line as unknown as ExportLinkLine;
          if (runningLogHash === null) throw new Broken(lineNo, 'a link before any event');
          advancePosition(l.position);
          if (typeof l.hash !== 'string' || !HEX64.test(l.hash) || typeof l.stream !== 'string') throw new Broken(lineNo, 'a link needs a stream and a hash');
          if (header.scope === 'stream' && l.stream === header.stream) {
            throw new Broken(lineNo, `an event of ${header.stream} at ${l.position} is not in the export (dropped)`);
          }
          runningLogHash = logChainHash(runningLogHash, l.stream, l.hash);
          links += 1;
          break;
        }
        case 'checkpoint': {
          const c = line as unknown as ExportCheckpointLine;
          if (runningLogHash === null || lastPosition === null) throw new Broken(lineNo, 'a checkpoint covering no event');
          if (c.position !== lastPosition) throw new Broken(lineNo, `the checkpoint at ${String(c.position)} does not sit at the last line's position ${lastPosition}`);
          if (c.log_hash !== runningLogHash) throw new Broken(lineNo, 'the chain does not lead to the checkpoint hash (an event was altered, dropped, inserted or reordered)');
          let signer: KeyObject;
          try {
            signer = parsePublicKey(String(c.public_key));
          } catch {
            throw new Broken(lineNo, 'the checkpoint public key cannot be read');
          }
          if (pinned && !pinned.export({ format: 'der', type: 'spki' }).equals(signer.export({ format: 'der', type: 'spki' }))) {
            throw new Broken(lineNo, 'the checkpoint is signed with another key than the one given');
          }
          const ok = verify(null, Buffer.from(checkpointSigningPayload(c), 'utf8'), pinned ?? signer, Buffer.from(String(c.signature), 'base64'));
          if (!ok) throw new Broken(lineNo, 'the checkpoint signature does not verify');
          checkpoint = c;
          break;
        }
        case 'end': {
          const end = line as { events?: unknown; links?: unknown };
          if (checkpoint === null) throw new Broken(lineNo, 'no signed checkpoint covers the export');
          if (end.events !== events || end.links !== links) throw new Broken(lineNo, `the end line counts ${String(end.events)} events and ${String(end.links)} links, the file has ${events} and ${links}`);
          ended = true;
          break;
        }
        default:
          throw new Broken(lineNo, `unknown line kind ${JSON.stringify(line.kind)}`);
      }
    }
    if (header === null) throw new Broken(lineNo, 'empty export');
    if (!ended) throw new Broken(lineNo, checkpoint ? 'the end line is missing (truncated)' : 'no signed checkpoint covers the export (truncated)');
    return result(null);
  } catch (error) {
    if (error instanceof Broken) return result({ line: error.line, reason: error.message });
    throw error;
  }
}
