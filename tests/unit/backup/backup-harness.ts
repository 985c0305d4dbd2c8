import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { onTestFinished } from 'vitest';
import type { PlannerService } from '../../../shared/contract';
import { createBackupStore, type BackupStore } from '../../../electron/backend/backup';
import { openDatabase, type Database } from '../../../electron/backend/db';
import { createPlannerService } from '../../../electron/backend/service';
import { fakeClock, type FakeClock } from '../../helpers/clock';

export interface BackupHarness {
  dataDir: string;
  databaseFile: string;
  backupsDir: string;
  db: Database;
  clock: FakeClock;
  store: BackupStore;
  service: PlannerService;
  logged: string[];
}

/** A live database in `dataDir` with its backup store and a service that uses it. */
export function backupHarness(dataDir: string, start: Date = new Date(2026, 2, 2, 9, 0)): BackupHarness {
  const databaseFile = join(dataDir, 'studypath.sqlite');
  const backupsDir = join(dataDir, 'backups');
  const db = openDatabase(databaseFile);
  onTestFinished(() => {
    if (db.open) db.close();
  });
  const clock = fakeClock(start);
  const logged: string[] = [];
  const log = (message: string) => void logged.push(message);
  const store = createBackupStore({ db, backupsDir, clock, log });
  const service = createPlannerService(db, { clock, backups: store, log });
  return { dataDir, databaseFile, backupsDir, db, clock, store, service, logged };
}

/** Reads a database file the way an outsider would, without changing it. */
export function readOnly<T>(file: string, read: (db: Database) => T): T {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}
