import { chmodSync, mkdirSync } from 'node:fs';

/**
 * DATA_DIR holds the event log, mail, uploads and the development secret: owner-only (0700), also when it
 * existed before with a looser mode. Files inside are created 0600 by their adapters.
 */
export function prepareDataDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}
