import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from './database';
import { DatabaseOpenError } from './errors';
import { assertKnownVersion, migrateDatabase, schemaVersion } from './migrate';
import { migrations as appMigrations, type Migration } from './migrations';

const BUSY_TIMEOUT_MS = 5_000;

export interface OpenDatabaseOptions {
  /** Defaults to the app's migrations; tests pass their own to exercise failures. */
  migrations?: readonly Migration[];
  /** Whether an upgrade first writes a `before-migration` backup (default true). */
  backUpBeforeMigration?: boolean;
  /** The time the pre-upgrade backup is named after; defaults to now. */
  now?: Date;
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

function unavailable(file: string, cause: unknown): DatabaseOpenError {
  return new DatabaseOpenError('unavailable', file, `Cannot open the StudyPath data file ${file}.`, {
    cause,
  });
}

/**
 * Reads the header, checks integrity and refuses a newer schema on a read-only connection,
 * before anything writes to the file: closing a read-write connection would fold the WAL into
 * a damaged file (and delete it), and a refused file must stay exactly as it was.
 */
function checkReadable(file: string, list: readonly Migration[]): void {
  if (!existsSync(file)) return;
  let probe: Database;
  try {
    probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch (cause) {
    throw unavailable(file, cause);
  }
  try {
    schemaVersion(probe);
    const check: unknown = probe.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw corrupt(file, new Error(String(check)));
    assertKnownVersion(probe, file, list);
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error;
    if (isCorruptionError(error)) throw corrupt(file, error);
    throw unavailable(file, error);
  } finally {
    probe.close();
  }
}

/**
 * The one place that opens SQLite: integrity and version check, pragmas, then migrations.
 * Throws DatabaseOpenError for a damaged, newer or un-upgradable file, which it never deletes.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database {
  const list = options.migrations ?? appMigrations;
  checkReadable(file, list);
  let db: Database;
  try {
    db = new BetterSqlite3(file);
  } catch (cause) {
    throw unavailable(file, cause);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Checked again on this connection: another process may have written in between.
    assertKnownVersion(db, file, list);
    db.pragma('foreign_keys = ON');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrateDatabase(db, file, list, {
      backUpFirst: options.backUpBeforeMigration ?? true,
      now: options.now ?? new Date(),
    });
    return db;
  } catch (error) {
    db.close();
    if (error instanceof DatabaseOpenError) throw error;
    if (isCorruptionError(error)) throw corrupt(file, error);
    throw unavailable(file, error);
  }
}
