/**
 * Events are data, not classes: a literal type and a JSON-serialisable payload.
 * They survive a JSON round trip unchanged.
 */
export interface DomainEvent<TType extends string = string, TData extends object = Record<string, unknown>> {
  readonly type: TType;
  readonly data: TData;
}

/** What every command carries besides its payload: time and ids come in, never from a clock inside the domain. */
export interface CommandMetadata {
  readonly now: string; // ISO timestamp
  readonly userId?: string;
  readonly correlationId?: string;
}
