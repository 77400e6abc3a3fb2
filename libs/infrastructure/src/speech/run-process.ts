import { spawn } from 'node:child_process';
import { DomainError } from '@candor/domain';

export interface ProcessOutput {
  readonly code: number | null;
  readonly stdout: Buffer;
  readonly stderr: string;
}

export interface RunOptions {
  readonly input?: Buffer | string;
  readonly timeoutMs: number;
  readonly maxStdoutBytes: number;
}

const MAX_STDERR_CHARS = 16 * 1024;

/**
 * Runs an engine binary with an argument array (never a shell), feeding stdin and collecting bounded output.
 * A missing binary or a run past its time answers 'unavailable'; output past the cap answers 'limit'.
 */
export function runProcess(file: string, args: readonly string[], options: RunOptions): Promise<ProcessOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stdoutBytes = 0;
    let stderr = '';
    let failure: DomainError | null = null;
    const stop = (error: DomainError) => {
      failure ??= error;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(
      () => stop(new DomainError('SPEECH.ENGINE_TIMEOUT', `${file} did not finish within ${options.timeoutMs} ms`, 'unavailable')),
      options.timeoutMs,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > options.maxStdoutBytes) {
        stop(new DomainError('SPEECH.OUTPUT_TOO_LARGE', `${file} produced more than ${options.maxStdoutBytes} bytes`, 'limit'));
      } else chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < MAX_STDERR_CHARS) stderr += chunk.toString('utf8').slice(0, MAX_STDERR_CHARS - stderr.length);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === 'ENOENT'
          ? new DomainError('SPEECH.ENGINE_MISSING', `${file} is not installed on this server`, 'unavailable')
          : new DomainError('SPEECH.ENGINE_FAILED', `${file} could not start: ${error.message}`, 'unavailable'),
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (failure) reject(failure);
      else resolve({ code, stdout: Buffer.concat(chunks), stderr });
    });
    // A child that exits before reading all its input must not crash us with EPIPE.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}
