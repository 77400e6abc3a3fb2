import { LoggerService } from '@nestjs/common';
import { requestContext } from '@candor/application';
import { LOG_LEVEL_ORDER, Logger, LogLevel, RecentLogEntry } from '@candor/application/ports/logger.port';

type Level = LogLevel;
const ORDER = LOG_LEVEL_ORDER;

export const DEFAULT_LOG_BUFFER_SIZE = 1000;

/** Structured JSON logs, one object per line, carrying the request id when there is one. Never log secrets. */
export class JsonLogger implements LoggerService, Logger {
  /**
   * The last `bufferSize` entries at info or above (debug too when that is the output level), for the admin's
   * `/admin/system/logs`: kept even when the output level is quieter, so a quiet production still shows recent requests.
   */
  private readonly ring: RecentLogEntry[] = [];
  private next = 0;
  private seq = 0;

  constructor(
    private readonly minLevel: Level = 'info',
    private readonly bufferSize = DEFAULT_LOG_BUFFER_SIZE,
  ) {}

  /** The remembered entries, oldest first. */
  recent(): readonly RecentLogEntry[] {
    return this.ring.length < this.bufferSize ? [...this.ring] : [...this.ring.slice(this.next), ...this.ring.slice(0, this.next)];
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  /** A structured entry: `fields` become top-level keys. */
  entry(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
    const remember = ORDER[level] >= Math.min(ORDER[this.minLevel], ORDER.info) && this.bufferSize > 0;
    if (ORDER[level] < ORDER[this.minLevel] && !remember) return;
    const ctx = requestContext.current();
    const line = { time: new Date().toISOString(), level, msg, requestId: ctx?.requestId, ...fields };
    if (remember) this.remember(line);
    if (ORDER[level] < ORDER[this.minLevel]) return;
    (level === 'error' ? process.stderr : process.stdout).write(`${JSON.stringify(line)}\n`);
  }

  private remember(line: { time: string; level: Level; msg: string; requestId?: unknown } & Record<string, unknown>): void {
    const { time, level, msg, requestId, ...fields } = line;
    const entry: RecentLogEntry = { seq: ++this.seq, time, level, msg, requestId: typeof requestId === 'string' ? requestId : undefined, fields };
    if (this.ring.length < this.bufferSize) this.ring.push(entry);
    else this.ring[this.next] = entry;
    this.next = (this.next + 1) % this.bufferSize;
  }

  private write(level: Level, message: unknown, rest: unknown[]): void {
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const fields: Record<string, unknown> = { context };
    if (message instanceof Error) {
      fields.error = message.message;
      fields.stack = message.stack;
    }
    const extra = rest.find((r) => typeof r === 'object' && r !== null && !(r instanceof Error));
    if (extra) Object.assign(fields, extra);
    const stack = rest.find((r) => typeof r === 'string');
    if (stack) fields.stack = stack;
    this.entry(level, message instanceof Error ? message.message : String(message), fields);
  }
}
