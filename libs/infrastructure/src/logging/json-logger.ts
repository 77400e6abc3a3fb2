import { LoggerService } from '@nestjs/common';
import { requestContext } from '@candor/application';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Structured JSON logs, one object per line, carrying the request id when there is one. Never log secrets. */
export class JsonLogger implements LoggerService {
  constructor(private readonly minLevel: Level = 'info') {}

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
    if (ORDER[level] < ORDER[this.minLevel]) return;
    const ctx = requestContext.current();
    const line = { time: new Date().toISOString(), level, msg, requestId: ctx?.requestId, ...fields };
    (level === 'error' ? process.stderr : process.stdout).write(`${JSON.stringify(line)}\n`);
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
