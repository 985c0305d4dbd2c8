import { dirname, join } from 'node:path';
import { writeCheckedBackup } from '../backup/backup-files';
import { BACKUPS_FOLDER } from '../backup/backup-names';
import type { Database } from './database';
import { DatabaseOpenError } from './errors';
import type { Migration } from './migrations';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws unless versions strictly increase: a misordered list would skip or repeat steps. */
function assertOrdered(list: readonly Migration[]): void {
  list.forEach((migration, index) => {
    const previous = list[index - 1];
    if (previous !== undefined && migration.version <= previous.version) {
      throw new Error(`migration ${migration.version} is listed after ${previous.version}`);
    }
  });
}

/**
 * A `before-migration` backup in the backups folder beside the database, made and checked by
 * SQLite (see writeCheckedBackup). Without it no upgrade starts.
 */
export function backUpBeforeMigration(db: Database, file: string, now: Date): string {
  const backupsDir = join(dirname(file), BACKUPS_FOLDER);
  const written = writeCheckedBackup(db, backupsDir, 'before-migration', now);
  if (!written.ok) {
    throw new DatabaseOpenError(
      'unavailable',
      file,
      `Could not back up the StudyPath data before upgrading it; nothing was changed. ${written.error.message}`,
    );
  }
  return join(backupsDir, written.value.fileName);
}

function latestVersionOf(list: readonly Migration[]): number {
  return list.at(-1)?.version ?? 0;
}

/** Returns the current schema version, or throws when a newer app wrote this file. */
export function assertKnownVersion(db: Database, file: string, list: readonly Migration[]): number {
  const version = schemaVersion(db);
  const latest = latestVersionOf(list);
  if (version > latest) {
    throw new DatabaseOpenError(
      'newer-version',
      file,
      `This data was saved by a newer version of StudyPath (schema ${version}; this version knows up to ${latest}). Please update StudyPath.`,
    );
  }
  return version;
}

export interface MigrateOptions {
  /** Off for a scratch copy (a backup being restored), which needs no backup of its own. */
  backUpFirst?: boolean;
  now?: Date;
}

export interface MigrationReport {
  fromVersion: number;
  toVersion: number;
  backupFile: string | null;
}

/**
 * Brings the schema up to the newest version in `list`, all pending steps in one
 * transaction. Refuses a database from a newer app before writing anything.
 */
export function migrateDatabase(
  db: Database,
  file: string,
  list: readonly Migration[],
  { backUpFirst = true, now = new Date() }: MigrateOptions = {},
): MigrationReport {
  assertOrdered(list);
  const fromVersion = assertKnownVersion(db, file, list);
  const latest = latestVersionOf(list);
  const pending = list.filter((migration) => migration.version > fromVersion);
  if (pending.length === 0) return { fromVersion, toVersion: fromVersion, backupFile: null };

  const backupFile =
    backUpFirst && fromVersion > 0 && file !== ':memory:' ? backUpBeforeMigration(db, file, now) : null;
  let current: Migration | undefined;
  try {
    db.transaction(() => {
      for (const migration of pending) {
        current = migration;
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      }
    })();
  } catch (cause) {
    const step = current === undefined ? '' : ` at step ${current.version} (${current.name})`;
    throw new DatabaseOpenError(
      'migration-failed',
      file,
      `Could not upgrade the StudyPath data${step}; nothing was changed.`,
      { cause },
    );
  }
  return { fromVersion, toVersion: latest, backupFile };
}
