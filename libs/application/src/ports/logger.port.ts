export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export const LOG_LEVEL_ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** One remembered entry: what was written, plus a sequence number that orders entries of the same millisecond. */
export interface RecentLogEntry {
  readonly seq: number;
  readonly time: string;
  readonly level: LogLevel;
  readonly msg: string;
  readonly requestId?: string;
  readonly fields: Record<string, unknown>;
}

/**
 * Structured logs (one entry: level, message, top-level fields) and the last entries kept in memory for
 * `/admin/system/logs`. The edge (filters, controllers, gateways) logs through this port, never through an adapter.
 */
export interface Logger {
  entry(level: LogLevel, msg: string, fields?: Record<string, unknown>): void;
  /** The remembered entries, oldest first. */
  recent(): readonly RecentLogEntry[];
}

export const LOGGER = Symbol('LOGGER');
