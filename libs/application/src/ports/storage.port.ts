import { Readable } from 'node:stream';

/** What storage knows of a stored file. */
export interface StoredObject {
  readonly key: string;
  readonly size: number;
  /** Hex SHA-256 of the content, computed while it streamed in. */
  readonly sha256: string;
  readonly contentType: string;
  readonly storedAt: string;
}

export interface PutOptions {
  readonly contentType: string;
  /** Past this many bytes the upload is refused (DomainError kind 'limit', STORAGE.TOO_LARGE) and nothing is kept. */
  readonly maxBytes: number;
}

/**
 * Uploaded files (CVs, recordings, avatars, documents). Content is streamed in and out, never held whole in
 * memory. Keys are chosen by the application (e.g. `cvs/<candidate id>/<upload id>.pdf`).
 */
export interface Storage {
  put(key: string, content: Readable | AsyncIterable<Buffer | Uint8Array>, options: PutOptions): Promise<StoredObject>;
  /** The stored content as a stream, or null if nothing is stored under the key. */
  get(key: string): Promise<{ readonly object: StoredObject; readonly stream: Readable } | null>;
  head(key: string): Promise<StoredObject | null>;
  delete(key: string): Promise<boolean>;
}

export const STORAGE = Symbol('STORAGE');
