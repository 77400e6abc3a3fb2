import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes a generated key (the development JWT secret, the development audit key) into DATA_DIR, 0600, so that
 * it survives a crash or a disk that fails right after: written to a temporary file, flushed to disk, then
 * moved into place and the folder flushed. Without that, a disk that goes read-only or loses power shortly
 * after the first start can leave an empty key file that every later start refuses. `replace: false` keeps
 * a file already there (two processes starting at once agree on the first one's key).
 */
export function writeKeyFile(file: string, content: string, options: { replace: boolean }): void {
  const temporary = join(dirname(file), `.${randomUUID()}.tmp`);
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    if (options.replace) renameSync(temporary, file);
    else linkSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
  const dir = openSync(dirname(file), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}
