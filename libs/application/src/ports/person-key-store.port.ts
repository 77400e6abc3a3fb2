/**
 * Keys of the people whose personal data the event log holds encrypted, kept outside the event log
 * (embedded: a SQLite file of its own; production: a MongoDB collection). Destroying a person's keys erases
 * their data from every event while the events, and their hashes, stay as they are.
 * It also keeps one key per webhook (owner `webhook-<id>`, no streams), sealing its signing secret
 * (webhook/webhook-secret-sealer.ts).
 */
export interface PersonKey {
  readonly keyId: string;
  /** 32 bytes (AES-256). */
  readonly key: Buffer;
}

export interface PersonKeyStore {
  /** The person's current key, created on first use (also after an erasure: new data gets a new key). */
  currentKey(personId: string): Promise<PersonKey>;
  /** A key by id; null once destroyed. */
  keyById(keyId: string): Promise<Buffer | null>;
  /** Destroys every key of the person; answers how many. */
  destroyPerson(personId: string): Promise<number>;
  /** Whose personal data a stream holds (set by the event that names the person, e.g. an interview's creation). */
  assignSubject(streamId: string, personId: string): Promise<void>;
  subjectOf(streamId: string): Promise<string | null>;
  /**
   * A stream that is not the person's but holds copies of their data beside other people's (a webhook's
   * deliveries, a template's invitations): their copies there are sealed with their key, and the stream is
   * forgotten (cache, snapshots) with them. Its subject, if any, is unchanged.
   */
  recordCopy(streamId: string, personId: string): Promise<void>;
  /** The streams holding the person's data: those that are theirs and those holding copies. */
  streamsOf(personId: string): Promise<string[]>;
  close(): Promise<void>;
}

export const PERSON_KEY_STORE = Symbol('PERSON_KEY_STORE');
