import Database from 'better-sqlite3';

/**
 * Folds the WAL into the database file and closes it. On a disk that refuses writes (full, read-only) the
 * checkpoint fails: the file is closed all the same, so a shutdown ends and lets go of the disk, and the WAL
 * stays beside it for the next open to replay (nothing committed is lost). Answers whether the WAL was folded.
 */
export function checkpointAndClose(db: Database.Database): boolean {
  let folded = true;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    folded = false;
  }
  db.close();
  return folded;
}
