/** The backups of one live database: the BackupPort the service uses, plus the daily schedule. */
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import type { BackupInfo, BackupKind, RestoreOutcome, StartupNotice } from '../../../shared/domain';
import { fail, ok, type Result } from '../../../shared/result';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import type { BackupPort } from '../service/context';
import { listBackupFiles, removeLeftovers, writeCheckedBackup } from './backup-files';
import { backupsToPrune, DEFAULT_RETENTION, type RetentionPolicy } from './retention';
import { prepareScratchCopy, replaceDataFrom } from './restore-backup';

/** How old the newest automatic backup may get before another is due. */
export const AUTOMATIC_BACKUP_EVERY_MS = 24 * 60 * 60 * 1000;

export type BackupLogger = (message: string, error: unknown) => void;

export interface BackupStoreOptions {
  db: Database;
  backupsDir: string;
  clock: Clock;
  /** What start-up recovery did, if anything. */
  startupNotice?: StartupNotice | null;
  retention?: RetentionPolicy;
  log?: BackupLogger;
}

export interface BackupStore extends BackupPort {
  readonly backupsDir: string;
  /** Takes an automatic backup unless one was taken within the last day; null when none was due. */
  backUpIfDue(): Result<BackupInfo | null>;
}

export function createBackupStore(options: BackupStoreOptions): BackupStore {
  const { db, backupsDir, clock } = options;
  const retention = options.retention ?? DEFAULT_RETENTION;
  const log = options.log ?? ((message, error) => console.warn(message, error));
  removeLeftovers(backupsDir, log);

  const list = (): BackupInfo[] => listBackupFiles(backupsDir);

  const prune = (): void => {
    for (const backup of backupsToPrune(list(), retention)) {
      try {
        rmSync(join(backupsDir, backup.fileName), { force: true });
      } catch (error) {
        log(`Could not remove the old backup ${backup.fileName}`, error);
      }
    }
  };

  const create = (kind: BackupKind): Result<BackupInfo> => {
    if (db.inTransaction) return fail('internal', 'A backup cannot be made in the middle of a change.');
    const written = writeCheckedBackup(db, backupsDir, kind, clock.now());
    if (written.ok) prune();
    return written;
  };

  const restore = (fileName: string): Result<RestoreOutcome> => {
    const restoredFrom = list().find((backup) => backup.fileName === fileName);
    if (restoredFrom === undefined) return fail('not-found', `There is no backup named "${fileName}".`);
    if (db.inTransaction) return fail('internal', 'A backup cannot be restored in the middle of a change.');
    const scratch = prepareScratchCopy(backupsDir, restoredFrom);
    if (!scratch.ok) return scratch;
    const safety = writeCheckedBackup(db, backupsDir, 'before-restore', clock.now());
    if (!safety.ok) {
      rmSync(scratch.value, { force: true });
      return fail(
        'storage-failed',
        `Nothing was restored: the current data could not be backed up first. ${safety.error.message}`,
      );
    }
    const replaced = replaceDataFrom(db, scratch.value);
    if (!replaced.ok) {
      // The data is as it was, so its safety copy would only be a duplicate.
      rmSync(join(backupsDir, safety.value.fileName), { force: true });
      return replaced;
    }
    prune();
    return ok({ restoredFrom, safetyBackup: safety.value });
  };

  const backUpIfDue = (): Result<BackupInfo | null> => {
    const now = clock.now().getTime();
    // A backup dated in the future (the clock was moved back) counts only within a day of now.
    const recent = list().some((backup) => {
      const age = now - Date.parse(backup.createdAt);
      return backup.kind === 'automatic' && Math.abs(age) < AUTOMATIC_BACKUP_EVERY_MS;
    });
    return recent ? ok(null) : create('automatic');
  };

  return {
    backupsDir,
    list,
    create,
    restore,
    startupNotice: () => options.startupNotice ?? null,
    backUpIfDue,
  };
}
