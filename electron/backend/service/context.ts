import type { BackupInfo, BackupKind, RestoreOutcome, StartupNotice } from '../../../shared/domain';
import type { Result } from '../../../shared/result';
import type { Clock } from '../clock';
import type { Database } from '../db';

/**
 * Backups of the live database. Each call runs outside any transaction (SQLite cannot
 * VACUUM INTO inside one), so handlers that use it manage their own transactions.
 */
export interface BackupPort {
  list(): BackupInfo[];
  create(kind: BackupKind): Result<BackupInfo>;
  restore(fileName: string): Result<RestoreOutcome>;
  /** What happened to the database at start; null when it opened normally. */
  startupNotice(): StartupNotice | null;
}

export interface ServiceContext {
  db: Database;
  clock: Clock;
  /** Absent in tests that build the service over a bare database. */
  backups: BackupPort | null;
}
