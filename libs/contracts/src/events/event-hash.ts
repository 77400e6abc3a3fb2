/**
 * Tamper evidence of stored events: each event's hash covers its type, data, metadata, stream, revision and the
 * hash of the event before it in its stream, in a canonical JSON form, so a verifier needs only the events.
 */
import { createHash } from 'node:crypto';

/** The "previous hash" of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly streamId: string;
  readonly revision: number;
  readonly previousHash: string;
}

/** JSON with object keys sorted at every depth and no whitespace; drops what JSON.stringify drops. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    return text === undefined ? 'null' : text;
  }
  // Built by appending (it runs for every event appended: no array of parts per object)
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i += 1) text += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let text = '{';
  for (const key of keys) {
    const item = record[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    text += `${text.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${text}}`;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** SHA-256 of the canonical JSON of the event's stored fields and its stream predecessor's hash. */
export function eventHash(fields: HashedFields): string {
  return sha256Hex(
    canonicalJson({
      type: fields.type,
      data: fields.data,
      metadata: fields.metadata,
      stream: fields.streamId,
      revision: fields.revision,
      previous_hash: fields.previousHash,
    }),
  );
}

/**
 * The global log chain: each event's log hash folds its stream and its own hash into the log hash before it
 * (the two hashes are fixed-width, so the concatenation is unambiguous). The chain starts at GENESIS_HASH.
 */
export function logChainHash(previousLogHash: string, streamId: string, hash: string): string {
  return sha256Hex(`${previousLogHash}${hash}${streamId}`);
}
