/** The composition root of the back end, shared by the Electron main process and the browser host. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PlannerService } from '../../shared/contract';
import { systemClock, type Clock } from './clock';
import { openDatabase } from './db';
import type { Notifier } from './platform';
import { ReminderScheduler } from './reminders';
import { createPlannerService, syncBundledContent } from './service';

export const DATABASE_FILE_NAME = 'studypath.sqlite';

export interface BackendOptions {
  dataDir: string;
  contentDir: string;
  clock?: Clock;
  notifier: Notifier;
}

export interface Backend {
  service: PlannerService;
  /** Built but not started: the host starts it once it can show notifications. */
  scheduler: ReminderScheduler;
  databaseFile: string;
  close(): void;
}

/**
 * Opens (creating if needed) the database in `dataDir`, brings the bundled library up to date
 * and builds the service. Throws DatabaseOpenError when the data file cannot be used.
 */
export function createBackend(options: BackendOptions): Backend {
  const clock = options.clock ?? systemClock;
  mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = join(options.dataDir, DATABASE_FILE_NAME);
  const db = openDatabase(databaseFile);

  for (const { fileName, result } of syncBundledContent(db, options.contentDir, clock)) {
    if (!result.ok) console.warn(`Bundled career path ${fileName} was not loaded: ${result.error.message}`);
  }

  const service = createPlannerService(db, { clock });
  const scheduler = new ReminderScheduler({ db, clock, notifier: options.notifier });
  return {
    service,
    scheduler,
    databaseFile,
    close() {
      scheduler.stop();
      if (db.open) db.close();
    },
  };
}
