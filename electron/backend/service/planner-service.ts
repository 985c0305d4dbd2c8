import type { PlannerService } from '../../../shared/contract';
import { ok } from '../../../shared/result';
import type { Clock } from '../clock';
import type { Database } from '../db';
import type { BackupPort, ServiceContext } from './context';
import { guardService, type ServiceLogger } from './guard';
import { backupHandlers } from './backup-handlers';
import { dataHandlers } from './data-handlers';
import { itemHandlers } from './item-handlers';
import { libraryHandlers } from './library-handlers';
import { planningHandlers } from './planning-handlers';
import { pathHandlers } from './path-handlers';
import { planHandlers } from './plan-handlers';
import { buildReminderOverview } from './reminder-overview';

export interface PlannerServiceDeps {
  clock: Clock;
  /** Backups of the database file; without it the backup methods answer with an error. */
  backups?: BackupPort;
  /** Where storage failures are reported; defaults to the console. */
  log?: ServiceLogger;
}

const logToConsole: ServiceLogger = (message, error) => console.error(message, error);

/** The whole back end as a plain object over SQLite; Electron and the browser host both wrap it. */
export function createPlannerService(db: Database, deps: PlannerServiceDeps): PlannerService {
  const context: ServiceContext = { db, clock: deps.clock, backups: deps.backups ?? null };
  return guardService(
    db,
    {
      ...pathHandlers(context),
      ...planHandlers(context),
      ...itemHandlers(context),
      ...libraryHandlers(context),
      ...backupHandlers(context),
      ...dataHandlers(context),
      ...planningHandlers(context),
      getReminders: () => ok(buildReminderOverview(db, deps.clock.now())),
    },
    deps.log ?? logToConsole,
  );
}
