/**
 * Start-up recovery: a damaged database is moved aside (never deleted) and the newest backup
 * that passes its check takes its place, or a fresh database when there is none.
 */
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { format } from 'date-fns';
import type { BackupInfo, StartupNotice } from '../../../shared/domain';
import { checkBackupFile, isStorageError, listBackupFiles } from '../backup/backup-files';
import { fileTimestamp } from '../backup/backup-names';
import type { Database } from './database';
import { DatabaseOpenError } from './errors';
import { migrations as appMigrations } from './migrations';
import { openDatabase, type OpenDatabaseOptions } from './open';

const SIDE_FILES = ['', '-wal', '-shm'] as const;

export interface RecoveryOptions extends OpenDatabaseOptions {
  backupsDir: string;
  now: Date;
}

export interface RecoveredDatabase {
  db: Database;
  /** What happened, for the person; null when the database opened normally. */
  notice: StartupNotice | null;
}

/** `studypath.sqlite` → `studypath.corrupt-2026-03-02T09-00-00.000Z.sqlite`, with its -wal and -shm beside it. */
function moveAside(file: string, now: Date): string {
  const extension = extname(file);
  const stem = join(dirname(file), basename(file, extension));
  let target = `${stem}.corrupt-${fileTimestamp(now)}${extension}`;
  for (let attempt = 2; existsSync(target); attempt += 1) {
    target = `${stem}.corrupt-${fileTimestamp(now)}-${attempt}${extension}`;
  }
  try {
    for (const suffix of SIDE_FILES) {
      if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
    }
  } catch (cause) {
    throw new DatabaseOpenError(
      'unavailable',
      file,
      `The StudyPath data file is damaged and could not be moved aside: ${file}.`,
      { cause },
    );
  }
  return target;
}

function removeWithSideFiles(file: string): void {
  for (const suffix of SIDE_FILES) rmSync(file + suffix, { force: true });
}

/**
 * An empty file where backups exist was once a database that lost its contents (a full disk,
 * an interrupted copy): opened as it is, it would silently become a new, empty planner.
 */
function lostItsContents(file: string, backupsDir: string): boolean {
  const size = (suffix: string) => (existsSync(file + suffix) ? statSync(file + suffix).size : 0);
  return existsSync(file) && size('') === 0 && size('-wal') === 0 && listBackupFiles(backupsDir).length > 0;
}

const kindInWords: Record<BackupInfo['kind'], string> = {
  automatic: 'automatic backup',
  manual: 'backup you made',
  'before-restore': 'backup made before a restore',
  'before-import': 'backup made before an import',
  'before-migration': 'backup made before an update',
};

function recoveredNotice(movedAsideTo: string, restoredFrom: BackupInfo): StartupNotice {
  const madeAt = format(new Date(restoredFrom.createdAt), "d MMMM yyyy 'at' HH:mm");
  return {
    kind: 'recovered',
    message:
      `StudyPath could not read your study data because the file was damaged. ` +
      `Your plans were restored from the ${kindInWords[restoredFrom.kind]} on ${madeAt}; ` +
      `any changes made after that time are lost. ` +
      `The damaged file was kept as ${basename(movedAsideTo)} in your data folder.`,
    movedAsideTo,
    restoredFrom,
  };
}

function recoveryFailedNotice(movedAsideTo: string): StartupNotice {
  return {
    kind: 'recovery-failed',
    message:
      `StudyPath could not read your study data because the file was damaged, and no usable backup ` +
      `was found, so it started with an empty planner. ` +
      `The damaged file was kept as ${basename(movedAsideTo)} in your data folder.`,
    movedAsideTo,
    restoredFrom: null,
  };
}

function latestVersion(options: OpenDatabaseOptions): number {
  return (options.migrations ?? appMigrations).at(-1)?.version ?? 0;
}

/** Puts the newest good backup in the database's place; null when none opens. */
function restoreNewestGoodBackup(
  file: string,
  options: RecoveryOptions,
): { db: Database; backup: BackupInfo } | null {
  for (const backup of listBackupFiles(options.backupsDir)) {
    const backupFile = join(options.backupsDir, backup.fileName);
    const check = checkBackupFile(backupFile);
    if (!check.ok || check.value.schemaVersion > latestVersion(options)) continue;
    try {
      copyFileSync(backupFile, file);
      return { db: openDatabase(file, options), backup };
    } catch (error) {
      if (!(error instanceof DatabaseOpenError) && !isStorageError(error)) throw error;
      removeWithSideFiles(file);
    }
  }
  return null;
}

/**
 * Opens the database like openDatabase, but recovers from a damaged file instead of refusing.
 * A file from a newer StudyPath, or one whose upgrade failed, is still refused and left alone.
 */
export function openDatabaseWithRecovery(file: string, options: RecoveryOptions): RecoveredDatabase {
  if (!lostItsContents(file, options.backupsDir)) {
    try {
      return { db: openDatabase(file, options), notice: null };
    } catch (error) {
      if (!(error instanceof DatabaseOpenError) || error.failure !== 'corrupt') throw error;
    }
  }
  const movedAsideTo = moveAside(file, options.now);
  const restored = restoreNewestGoodBackup(file, options);
  if (restored !== null) return { db: restored.db, notice: recoveredNotice(movedAsideTo, restored.backup) };
  return { db: openDatabase(file, options), notice: recoveryFailedNotice(movedAsideTo) };
}
