import { existsSync } from 'node:fs';
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
 * A consistent copy next to the database, made by SQLite itself (never a file copy, which
 * could catch a half-written page or miss the WAL).
 */
export function backUpDatabase(db: Database, file: string, fromVersion: number, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  let backupFile = `${file}.v${fromVersion}-${stamp}.backup`;
  for (let attempt = 2; existsSync(backupFile); attempt += 1) {
    backupFile = `${file}.v${fromVersion}-${stamp}-${attempt}.backup`;
  }
  db.prepare('VACUUM INTO ?').run(backupFile);
  return backupFile;
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
  now: Date = new Date(),
): MigrationReport {
  assertOrdered(list);
  const fromVersion = assertKnownVersion(db, file, list);
  const latest = latestVersionOf(list);
  const pending = list.filter((migration) => migration.version > fromVersion);
  if (pending.length === 0) return { fromVersion, toVersion: fromVersion, backupFile: null };

  const backupFile =
    fromVersion > 0 && file !== ':memory:' ? backUpDatabase(db, file, fromVersion, now) : null;
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
