import BetterSqlite3 from 'better-sqlite3';
import type { Database } from './database';
import { DatabaseOpenError } from './errors';
import { assertKnownVersion, migrateDatabase, schemaVersion } from './migrate';
import { migrations as appMigrations, type Migration } from './migrations';

const BUSY_TIMEOUT_MS = 5_000;

export interface OpenDatabaseOptions {
  /** Defaults to the app's migrations; tests pass their own to exercise failures. */
  migrations?: readonly Migration[];
}

function isCorruptionError(error: unknown): boolean {
  return (
    error instanceof BetterSqlite3.SqliteError &&
    (error.code === 'SQLITE_NOTADB' || error.code.startsWith('SQLITE_CORRUPT'))
  );
}

function corrupt(file: string, cause?: unknown): DatabaseOpenError {
  return new DatabaseOpenError(
    'corrupt',
    file,
    `The StudyPath data file is damaged and cannot be opened: ${file}. It has not been changed; restore a backup or move it aside.`,
    { cause },
  );
}

/** Reads the header and checks integrity before anything (even WAL mode) writes to the file. */
function checkReadable(db: Database, file: string): void {
  let check: unknown;
  try {
    schemaVersion(db);
    check = db.pragma('quick_check', { simple: true });
  } catch (error) {
    if (isCorruptionError(error)) throw corrupt(file, error);
    throw error;
  }
  if (check !== 'ok') throw corrupt(file, new Error(String(check)));
}

/**
 * The one place that opens SQLite: integrity check, pragmas, then migrations.
 * Throws DatabaseOpenError for a damaged, newer or un-upgradable file, which it never deletes.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database {
  let db: Database;
  try {
    db = new BetterSqlite3(file);
  } catch (cause) {
    throw new DatabaseOpenError('unavailable', file, `Cannot open the StudyPath data file ${file}.`, {
      cause,
    });
  }
  try {
    const list = options.migrations ?? appMigrations;
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    checkReadable(db, file);
    // Refuse a newer schema before WAL mode rewrites the header.
    assertKnownVersion(db, file, list);
    db.pragma('foreign_keys = ON');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrateDatabase(db, file, list);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof DatabaseOpenError) throw error;
    if (isCorruptionError(error)) throw corrupt(file, error);
    throw new DatabaseOpenError('unavailable', file, `Cannot open the StudyPath data file ${file}.`, {
      cause: error,
    });
  }
}
