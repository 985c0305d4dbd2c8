/** Backup files on disk: listing them, checking them and writing new ones with SQLite. */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { BackupInfo, BackupKind } from '../../../shared/domain';
import { fail, ok, type Result } from '../../../shared/result';
import type { Database } from '../db/database';
import { backupFileName, isLeftoverFileName, parseBackupFileName } from './backup-names';

/** Newest first; files with other names (and half-written ones) are not backups. */
export function listBackupFiles(backupsDir: string): BackupInfo[] {
  if (!existsSync(backupsDir)) return [];
  const backups: BackupInfo[] = [];
  for (const fileName of readdirSync(backupsDir)) {
    const parsed = parseBackupFileName(fileName);
    if (parsed === null) continue;
    try {
      const stats = statSync(join(backupsDir, fileName));
      if (stats.isFile()) backups.push({ fileName, ...parsed, sizeBytes: stats.size });
    } catch {
      // Removed while we were listing: it is simply not there any more.
    }
  }
  return backups.sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName),
  );
}

/** Errors from the disk or SQLite, as opposed to bugs. */
export function isStorageError(error: unknown): error is Error {
  if (error instanceof BetterSqlite3.SqliteError) return true;
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

export function errorReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens a backup read-only and runs SQLite's quick check. Returns its schema version; a
 * file with version 0 has never been a StudyPath database.
 */
export function checkBackupFile(file: string): Result<{ schemaVersion: number }> {
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const check: unknown = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return fail('storage-failed', `The backup is damaged (${String(check)}).`);
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion === 0) return fail('storage-failed', 'The file is not a StudyPath backup.');
    return ok({ schemaVersion });
  } catch (error) {
    if (!isStorageError(error)) throw error;
    return fail('storage-failed', `The backup cannot be read (${errorReason(error)}).`);
  } finally {
    db?.close();
  }
}

function freeFileName(backupsDir: string, kind: BackupKind, at: Date): string {
  for (let attempt = 1; ; attempt += 1) {
    const fileName = backupFileName(kind, at, attempt);
    if (!existsSync(join(backupsDir, fileName))) return fileName;
  }
}

/**
 * A consistent copy made by SQLite itself with VACUUM INTO (never a file copy, which could
 * catch a half-written page or miss the WAL). It is written under a temporary name and only
 * takes its real name once it passes the quick check, so a listed backup is a good one.
 * Must run outside any transaction.
 */
export function writeCheckedBackup(
  db: Database,
  backupsDir: string,
  kind: BackupKind,
  at: Date,
): Result<BackupInfo> {
  let partial: string | null = null;
  try {
    mkdirSync(backupsDir, { recursive: true });
    const fileName = freeFileName(backupsDir, kind, at);
    partial = join(backupsDir, `${fileName}.partial`);
    rmSync(partial, { force: true });
    db.prepare('VACUUM INTO ?').run(partial);
    const check = checkBackupFile(partial);
    if (!check.ok)
      return fail('storage-failed', `The new backup did not pass its check: ${check.error.message}`);
    const file = join(backupsDir, fileName);
    renameSync(partial, file);
    partial = null;
    return ok({ fileName, kind, createdAt: at.toISOString(), sizeBytes: statSync(file).size });
  } catch (error) {
    if (!isStorageError(error)) throw error;
    return fail('storage-failed', `The backup could not be written (${errorReason(error)}).`);
  } finally {
    if (partial !== null) rmSync(partial, { force: true });
  }
}

/**
 * Deletes what a backup or restore stopped half way (a crash, a power cut) left in the folder.
 * Only at start-up, before anything else can be writing there; never a finished backup.
 */
export function removeLeftovers(backupsDir: string, log: (message: string, error: unknown) => void): void {
  let names: string[];
  try {
    names = readdirSync(backupsDir);
  } catch {
    return;
  }
  for (const name of names.filter(isLeftoverFileName)) {
    try {
      rmSync(join(backupsDir, name), { force: true });
    } catch (error) {
      log(`Could not remove ${name}, left over from an interrupted backup or restore`, error);
    }
  }
}
