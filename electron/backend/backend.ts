/** The composition root of the back end, shared by the Electron main process and the browser host. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PlannerService } from '../../shared/contract';
import type { BackupInfo, StartupNotice } from '../../shared/domain';
import { BACKUPS_FOLDER, createBackupStore, type BackupStore } from './backup';
import { systemClock, type Clock } from './clock';
import { openDatabaseWithRecovery } from './db';
import type { Notifier } from './platform';
import { ReminderScheduler } from './reminders';
import { createPlannerService, syncBundledContent } from './service';

export const DATABASE_FILE_NAME = 'studypath.sqlite';

/** How often the running app looks whether the daily automatic backup is due. */
export const BACKUP_CHECK_INTERVAL_MS = 60 * 60 * 1000;

export interface BackendOptions {
  dataDir: string;
  contentDir: string;
  clock?: Clock;
  notifier: Notifier;
  /** A backup the running app made on its own, so an open Backups screen can show it. */
  onAutomaticBackup?: (backup: BackupInfo) => void;
}

export interface Backend {
  service: PlannerService;
  /** Built but not started: the host starts it once it can show notifications. */
  scheduler: ReminderScheduler;
  backups: BackupStore;
  databaseFile: string;
  /** What start-up recovery did to a damaged database; null after a normal start. */
  startupNotice: StartupNotice | null;
  close(): void;
}

/**
 * Opens (creating if needed) the database in `dataDir`, recovering a damaged one from its
 * newest good backup, brings the bundled library up to date, takes the daily automatic
 * backup when due and builds the service. Throws DatabaseOpenError when the data file cannot
 * be used (a newer StudyPath's file, a failed upgrade, an unreadable folder).
 */
export function createBackend(options: BackendOptions): Backend {
  const clock = options.clock ?? systemClock;
  mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = join(options.dataDir, DATABASE_FILE_NAME);
  const backupsDir = join(options.dataDir, BACKUPS_FOLDER);
  const { db, notice } = openDatabaseWithRecovery(databaseFile, { backupsDir, now: clock.now() });
  if (notice !== null) console.warn(notice.message);

  for (const { fileName, result } of syncBundledContent(db, options.contentDir, clock)) {
    if (!result.ok) console.warn(`Bundled career path ${fileName} was not loaded: ${result.error.message}`);
  }

  const backups = createBackupStore({ db, backupsDir, clock, startupNotice: notice });
  const backUpIfDue = (): void => {
    if (!db.open) return;
    const result = backups.backUpIfDue();
    if (!result.ok) console.warn(`The automatic backup was not made: ${result.error.message}`);
    else if (result.value !== null) options.onAutomaticBackup?.(result.value);
  };
  backUpIfDue();
  const backupTimer = setInterval(backUpIfDue, BACKUP_CHECK_INTERVAL_MS);
  // A pending check must never keep the process alive.
  backupTimer.unref();

  const service = createPlannerService(db, { clock, backups });
  const scheduler = new ReminderScheduler({ db, clock, notifier: options.notifier });
  return {
    service,
    scheduler,
    backups,
    databaseFile,
    startupNotice: notice,
    close() {
      clearInterval(backupTimer);
      scheduler.stop();
      if (db.open) db.close();
    },
  };
}
